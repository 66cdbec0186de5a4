package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.certificate.SettleCertificateHours;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Private CAs and private certificates over HTTP on the real database, settled hourly with the simulation clock
 * (R-PCA-1..6, E7). Action times are put on the half hour, so each partial hour is half an hour give or take the
 * milliseconds the test takes, which rounding to the cent absorbs. Each test retires its CAs, so later clock moves bill
 * nothing for them.
 */
class PrivateCaApiIT extends ConsoleApi {

    static final String BASE = "/api/v1/private-cas";
    static final Duration HOUR = Duration.ofHours(1);

    @Autowired SettleCertificateHours settle;
    @Autowired JdbcTemplate jdbc;

    static Instant hourStart(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS); // Asia/Shanghai hours are whole UTC hours
    }

    JsonNode create(String account, String body) {
        Answer created = call("POST", BASE, account, UUID.randomUUID().toString(), body);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body();
    }

    JsonNode act(String account, String method, String path, String body) {
        Answer answer = call(method, BASE + path, account, null, body);
        assertThat(answer.status()).as(method + " " + path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    void settleNow() {
        assertThat(operator("POST", "/admin/simulation/certificate-settlement-runs", null).status()).isEqualTo(200);
    }

    /** The account's SETTLEMENT ledger entries for one resource. */
    List<JsonNode> onDemand(String account, String resource) {
        List<JsonNode> entries = new ArrayList<>();
        call("GET", "/api/v1/accounts/me/ledger", account, null, null).body().forEach(e -> {
            if (e.get("kind").asText().equals("SETTLEMENT") && e.get("subscriptionId").asText().equals(resource)) {
                entries.add(e);
            }
        });
        return entries;
    }

    static BigDecimal paid(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("cash").decimalValue().add(e.get("gift").decimalValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }

    List<JsonNode> charges(String account, String resource) {
        List<JsonNode> charges = new ArrayList<>();
        call("GET", BASE + "/charges", account, null, null).body().forEach(c -> {
            if (c.get("resourceId").asText().equals(resource)) {
                charges.add(0, c); // oldest first
            }
        });
        return charges;
    }

    /** Brings every CA of the account to a state billed no more (scheduled deletion, deleted, revoked). */
    void retire(String account) {
        call("GET", BASE, account, null, null).body().forEach(ca -> {
            String id = ca.get("id").asText();
            switch (ca.get("state").asText()) {
                case "PENDING_ACTIVATION" -> act(account, "DELETE", "/" + id, null);
                case "ACTIVE" -> {
                    act(account, "POST", "/" + id + "/disable", null);
                    act(account, "POST", "/" + id + "/scheduled-deletion", null);
                }
                case "DISABLED", "EXPIRED" -> act(account, "POST", "/" + id + "/scheduled-deletion", null);
                default -> { }
            }
        });
    }

    @Test
    @DisplayName("R-PCA-1 R-PCA-2 R-PCA-3 R-PCA-4 E7 a root CA's month: created, activated, disabled, deletion scheduled, cancelled "
            + "(72 h back-billed), scheduled again and deleted: 408 h + 72 h at 3.30 = 1,584.00 in the ledger; re-runs and a second node charge nothing twice")
    void caMonth() throws Exception {
        String account = account("5000");
        Instant h0 = hourStart(now()).plus(HOUR);
        moveTo(h0.plusSeconds(1800));
        String id = create(account, "{\"kind\":\"ROOT\"}").get("id").asText();
        moveTo(h0.plus(Duration.ofHours(2)).plusSeconds(1800));
        act(account, "POST", "/" + id + "/activate", null);
        settleNow();
        assertThat(paid(onDemand(account, id))).as("billed from creation (R-PCA-2): 0.5 h + 1 h").isEqualByComparingTo("4.95");

        moveTo(h0.plus(Duration.ofDays(5)).plusSeconds(1800));
        act(account, "POST", "/" + id + "/disable", null);
        moveTo(h0.plus(Duration.ofDays(8)).plusSeconds(1800));
        Instant scheduledAt = now();
        JsonNode scheduled = act(account, "POST", "/" + id + "/scheduled-deletion", "{\"delayDays\":7}");
        assertThat(scheduled.get("state").asText()).isEqualTo("SCHEDULED_DELETION");
        settleNow();
        assertThat(paid(onDemand(account, id))).as("191.5 whole hours settled so far").isEqualByComparingTo("631.95");

        moveTo(h0.plus(Duration.ofDays(11)).plusSeconds(1800));
        settleNow();
        assertThat(paid(onDemand(account, id))).as("192 h until the deletion was scheduled, nothing while scheduled")
                .isEqualByComparingTo("633.60");
        JsonNode cancelled = act(account, "DELETE", "/" + id + "/scheduled-deletion", null);
        assertThat(cancelled.get("state").asText()).as("back to the state before (A-55)").isEqualTo("DISABLED");
        moveTo(h0.plus(Duration.ofDays(11)).plus(Duration.ofHours(1)).plusSeconds(1800));
        // two nodes settle at once, then once more: each hour is charged once
        var first = CompletableFuture.runAsync(this::quietly);
        var second = CompletableFuture.runAsync(this::quietly);
        CompletableFuture.allOf(first, second).get();
        settleNow();
        settleNow();
        List<JsonNode> backBills = charges(account, id).stream().filter(c -> c.get("backBill").asBoolean()).toList();
        assertThat(backBills).singleElement().satisfies(c -> {
            assertThat(c.get("seconds").asLong()).isBetween(72 * 3600L - 1, 72 * 3600L);
            assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("237.60");
            assertThat(c.get("rule").asText()).isEqualTo("R-PCA-4");
            assertThat(Instant.parse(c.get("usageStart").asText())).as("from the deletion")
                    .isBetween(scheduledAt, scheduledAt.plusSeconds(1));
        });
        assertThat(onDemand(account, id)).filteredOn(e -> e.get("rule").asText().equals("R-PCA-4")).singleElement()
                .satisfies(e -> assertThat(e.get("cash").decimalValue()).isEqualByComparingTo("-237.60"));
        assertThat(paid(onDemand(account, id))).isEqualByComparingTo("872.85"); // 633.60 + 237.60 + the half hour after cancelling

        moveTo(h0.plus(Duration.ofDays(20)).plusSeconds(1800));
        act(account, "POST", "/" + id + "/scheduled-deletion", null);
        moveTo(h0.plus(Duration.ofDays(30)));
        settleNow();
        JsonNode deleted = call("GET", BASE + "/" + id, account, null, null).body();
        assertThat(deleted.get("state").asText()).isEqualTo("DELETED");
        JsonNode last = deleted.get("history").get(deleted.get("history").size() - 1);
        assertThat(Instant.parse(last.get("at").asText())).as("deleted when the 7 days elapsed")
                .isBetween(h0.plus(Duration.ofDays(27)).plusSeconds(1800), h0.plus(Duration.ofDays(27)).plusSeconds(1801));
        List<JsonNode> entries = onDemand(account, id);
        assertThat(paid(entries)).isEqualByComparingTo("1584.00"); // (192 h + 216 h + 72 h) × 3.30
        assertThat(entries).allSatisfy(e -> assertThat(e.get("priceVersion").asText()).isNotBlank());
        assertThat(balance(account).value()).isEqualByComparingTo("3416.00");
        settleNow();
        assertThat(onDemand(account, id)).hasSameSizeAs(entries);
        assertThat(balance(account).value()).isEqualByComparingTo("3416.00");
    }

    private void quietly() {
        try {
            settle.run();
        } catch (RuntimeException lostTheRace) {
            // the other node settled these hours first: this one rolled back and charged nothing
        }
    }

    @Test
    @DisplayName("R-PCA-2 a subordinate CA is billed from activation, not creation; R-PCA-5 a private certificate per hour until deleted")
    void subordinateAndPrivateCertificates() {
        String account = account("1000");
        String root = create(account, "{\"kind\":\"ROOT\"}").get("id").asText();
        Answer notActive = call("POST", BASE, account, null, "{\"kind\":\"SUBORDINATE\",\"parentId\":\"" + root + "\"}");
        assertThat(notActive.status()).isEqualTo(409);
        assertThat(notActive.body().get("code").asText()).isEqualTo("ca-not-active");
        act(account, "POST", "/" + root + "/activate", null);

        Instant h0 = hourStart(now()).plus(HOUR);
        moveTo(h0.plusSeconds(1800));
        String sub = create(account, "{\"kind\":\"SUBORDINATE\",\"parentId\":\"" + root + "\"}").get("id").asText();
        Answer refused = call("POST", BASE + "/" + sub + "/certificates", account, null, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("ca-not-active");
        String certificate = call("POST", BASE + "/" + root + "/certificates", account, null, null).body().get("id").asText();
        moveTo(h0.plus(Duration.ofHours(2)).plusSeconds(1800));
        act(account, "POST", "/" + sub + "/activate", null);
        act(account, "DELETE", "/" + root + "/certificates/" + certificate, null);
        moveTo(h0.plus(Duration.ofHours(4)));
        settleNow();

        List<JsonNode> subCharges = charges(account, sub);
        assertThat(subCharges).hasSize(2);
        assertThat(Instant.parse(subCharges.get(0).get("hour").asText())).as("nothing before activation").isEqualTo(h0.plus(Duration.ofHours(2)));
        assertThat(subCharges.get(0).get("seconds").asLong()).isBetween(1799L, 1800L);
        assertThat(subCharges.get(1).get("amount").decimalValue()).isEqualByComparingTo("1.65");
        assertThat(subCharges).allSatisfy(c -> assertThat(c.get("rule").asText()).isEqualTo("R-PCA-1"));

        List<JsonNode> certificateCharges = charges(account, certificate);
        assertThat(certificateCharges).extracting(c -> c.get("seconds").asLong())
                .satisfiesExactly(s -> assertThat(s).isBetween(1799L, 1800L), s -> assertThat(s).isEqualTo(3600L),
                        s -> assertThat(s).isBetween(1800L, 1801L));
        assertThat(certificateCharges).allSatisfy(c -> {
            assertThat(c.get("rule").asText()).isEqualTo("R-PCA-5");
            assertThat(c.get("amount").decimalValue()).isEqualByComparingTo("0.01"); // 0.0125 or 0.00625 rounded once
        });
        Answer revokeDeleted = call("POST", BASE + "/" + root + "/certificates/" + certificate + "/revoke", account, null, null);
        assertThat(revokeDeleted.status()).isEqualTo(409);
        act(account, "POST", "/" + sub + "/revoke", null);
        retire(account);
    }

    @Test
    @DisplayName("R-PCA-1 A-67 bad input and illegal actions answer problems and change nothing")
    void badInput() {
        String account = account("100");
        String other = account("100");
        String root = create(account, "{\"kind\":\"ROOT\"}").get("id").asText();
        assertThat(call("GET", BASE + "/pca-nope", account, null, null).status()).isEqualTo(404);
        assertThat(call("POST", BASE + "/pca-nope/activate", account, null, null).body().get("field").asText()).isEqualTo("privateCaId");
        assertThat(call("POST", BASE + "/" + root + "/activate", other, null, null).status()).isEqualTo(404);
        assertThat(call("POST", BASE, account, null, "{\"kind\":\"SUBORDINATE\"}").body().get("field").asText()).isEqualTo("parentId");
        assertThat(call("POST", BASE, other, null, "{\"kind\":\"SUBORDINATE\",\"parentId\":\"" + root + "\"}").status()).isEqualTo(404);
        assertThat(call("POST", BASE, account, null, "{\"kind\":\"ROOT\",\"validityDays\":0}").body().get("field").asText())
                .isEqualTo("validityDays");
        Answer kind = call("POST", BASE, account, null, "{\"kind\":\"BRANCH\"}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("field").asText()).isEqualTo("kind");
        act(account, "POST", "/" + root + "/activate", null);
        act(account, "POST", "/" + root + "/disable", null);
        Answer delay = call("POST", BASE + "/" + root + "/scheduled-deletion", account, null, "{\"delayDays\":6}");
        assertThat(delay.status()).isEqualTo(400);
        assertThat(delay.body().get("field").asText()).isEqualTo("delayDays");
        Answer revokeRoot = call("POST", BASE + "/" + root + "/revoke", account, null, null);
        assertThat(revokeRoot.status()).isEqualTo(409);
        assertThat(revokeRoot.body().get("state").asText()).isEqualTo("DISABLED");
        assertThat(revokeRoot.body().get("allowedActions").toString()).doesNotContain("REVOKE").contains("SCHEDULE_DELETION", "ENABLE");
        assertThat(call("GET", BASE + "/" + root, account, null, null).body().get("state").asText()).isEqualTo("DISABLED");
        assertThat(call("GET", BASE, other, null, null).body()).isEmpty();
        retire(account);
    }

    @Test
    @DisplayName("R-PCA-6 A-58 A-59 on-demand arrears: 15 days grace still billed, 15 days frozen (no operations, nothing billed), then everything deleted, with notices")
    void arrearsPath() {
        String account = account("1");
        Instant h0 = hourStart(now()).plus(HOUR);
        moveTo(h0);
        String root = create(account, "{\"kind\":\"ROOT\"}").get("id").asText();
        act(account, "POST", "/" + root + "/activate", null);
        String certificate = call("POST", BASE + "/" + root + "/certificates", account, null, null).body().get("id").asText();
        moveTo(h0.plus(Duration.ofHours(2)).plusSeconds(60));
        settleNow();
        assertThat(balance(account).value()).isEqualByComparingTo("-5.62"); // 1 − 2 × 3.30 − 2 × 0.01
        Instant since = jdbc.queryForObject("SELECT since FROM on_demand_arrears WHERE account_id = ?", java.sql.Timestamp.class, account)
                .toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        assertThat(notices(account, "ARREARS_WARNING")).isPositive();
        act(account, "POST", "/" + root + "/disable", null); // grace: still operable
        act(account, "POST", "/" + root + "/enable", null);

        moveTo(since.plus(Duration.ofDays(15)).plus(HOUR));
        settleNow();
        BigDecimal frozenBalance = balance(account).value();
        assertThat(frozenBalance).as("grace is billed: 15 days at 3.31/h").isLessThan(new BigDecimal("-1190"));
        Answer frozen = call("POST", BASE + "/" + root + "/disable", account, null, null);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.body().get("code").asText()).isEqualTo("frozen");
        assertThat(call("POST", BASE + "/" + root + "/certificates", account, null, null).status()).isEqualTo(409);
        assertThat(notices(account, "SUSPENDED")).isPositive();

        moveTo(since.plus(Duration.ofDays(25)));
        settleNow();
        assertThat(balance(account).value()).as("nothing billed while frozen").isEqualByComparingTo(frozenBalance);

        moveTo(since.plus(Duration.ofDays(30)).plus(HOUR));
        settleNow();
        assertThat(call("GET", BASE + "/" + root, account, null, null).body().get("state").asText()).isEqualTo("DELETED");
        assertThat(call("GET", BASE + "/" + root + "/certificates", account, null, null).body().get(0).get("state").asText()).isEqualTo("DELETED");
        assertThat(notices(account, "RELEASED")).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM on_demand_arrears WHERE account_id = ?", Integer.class, account)).isZero();
        assertThat(balance(account).value()).as("the debt remains").isEqualByComparingTo(frozenBalance);
        assertThat(certificate).isNotBlank();
    }

    @Test
    @DisplayName("R-PCA-6 paying the arrears lifts the freeze at once and ends the arrears at the next settlement")
    void payingEndsArrears() {
        String account = account("1");
        String root = create(account, "{\"kind\":\"ROOT\"}").get("id").asText();
        moveTo(now().plus(Duration.ofHours(2)));
        settleNow();
        assertThat(balance(account).value()).isNegative();
        moveTo(now().plus(Duration.ofDays(16)));
        settleNow();
        assertThat(call("POST", BASE + "/" + root + "/activate", account, null, null).status()).isEqualTo(409);
        topUp(account, "5000");
        act(account, "POST", "/" + root + "/activate", null);
        settleNow();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM on_demand_arrears WHERE account_id = ?", Integer.class, account)).isZero();
        retire(account);
    }

    private int notices(String account, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice_outbox WHERE account_id = ? AND kind = ?", Integer.class, account, kind);
    }
}
