package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SSL certificates over HTTP on the real database, with the simulation clock (R-SSL-1..9, E6). */
class SslCertificateApiIT extends ConsoleApi {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String BASE = "/api/v1/ssl-certificates";

    private JsonNode buy(String account, String body) {
        Answer bought = call("POST", BASE, account, UUID.randomUUID().toString(), body);
        assertThat(bought.status()).as(String.valueOf(bought.body())).isEqualTo(201);
        return bought.body();
    }

    private JsonNode get(String account, String id) {
        return call("GET", BASE + "/" + id, account, null, null).body();
    }

    private JsonNode issue(String account, String id) {
        assertThat(call("POST", BASE + "/" + id + "/application", account, null, null).status()).isEqualTo(200);
        Answer issued = call("POST", BASE + "/" + id + "/validation", account, null, "{\"approved\":true}");
        assertThat(issued.status()).isEqualTo(200);
        return issued.body();
    }

    private List<JsonNode> ledger(String account) {
        List<JsonNode> entries = new ArrayList<>();
        call("GET", "/api/v1/accounts/me/ledger", account, null, null).body().forEach(entries::add);
        return entries;
    }

    private static Instant at(JsonNode node, String field) {
        return Instant.parse(node.get(field).asText());
    }

    private static void assertProblem(Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.body().get("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.body().get("field").asText()).isEqualTo(field);
        }
    }

    @Test
    @DisplayName("R-SSL-1 unit price × quantity, paid once (vouchers reduce it); each certificate PENDING_APPLICATION with its ledger entry")
    void purchaseBySpecAndQuantity() {
        String account = account("10000");
        JsonNode bought = buy(account, "{\"spec\":\"geotrust-ov-single\",\"years\":1,\"quantity\":2,\"voucher\":10}");
        assertThat(bought).hasSize(2);
        bought.forEach(c -> {
            assertThat(c.get("state").asText()).isEqualTo("PENDING_APPLICATION");
            assertThat(c.get("brand").asText()).isEqualTo("GeoTrust");
            assertThat(c.get("validationType").asText()).isEqualTo("OV");
            assertThat(c.get("expiresAt").isNull()).as("validity starts at issuance (R-SSL-2)").isTrue();
        });
        assertThat(balance(account).value()).isEqualByComparingTo("4050.00"); // 10,000 − (2 × 2,980 − 10)
        List<JsonNode> purchases = ledger(account).stream().filter(e -> e.get("kind").asText().equals("PURCHASE")).toList();
        assertThat(purchases).hasSize(2).allSatisfy(e -> assertThat(e.get("rule").asText()).isEqualTo("R-SSL-1"));
        assertThat(purchases.stream().map(e -> e.get("cash").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("-5950.00");

        topUp(account, "10000");
        JsonNode multi = buy(account, "{\"spec\":\"geotrust-ov-multi\",\"years\":2,\"quantity\":1,\"extraDomains\":2}");
        assertThat(multi.get(0).get("domainCount").asInt()).isEqualTo(3);
        assertThat(multi.get(0).get("years").asInt()).isEqualTo(2);
        assertThat(balance(account).value()).isEqualByComparingTo("3322.00"); // 14,050 − (5,364 + 2 × 2,682)
    }

    @Test
    @DisplayName("R-SSL-1 bad input answers a problem naming the field and changes nothing: unknown spec, quantity 0 or huge, 4 years, unknown certificate")
    void badInput() {
        String account = account("10000");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"nope-ov-single\",\"quantity\":1}"), 404, "unknown-spec", "spec");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"geotrust-ov-single\",\"quantity\":0}"), 400, "invalid-quantity", "quantity");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"geotrust-ov-single\",\"quantity\":1000001}"), 400, "invalid-quantity", "quantity");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"geotrust-ov-single\",\"quantity\":99999999999999999999}"), 400,
                "malformed-body", "quantity");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"geotrust-ov-single\",\"years\":4,\"quantity\":1}"), 400, "invalid-years", "years");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"geotrust-ov-single\",\"quantity\":1,\"extraDomains\":1}"), 400,
                "invalid-extraDomains", "extraDomains");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"digicert-ev-single\",\"years\":3,\"quantity\":1}"), 422,
                "insufficient-balance", "balance");
        assertProblem(call("POST", BASE + "/ssl-nope/application", account, null, null), 404, "unknown-sslCertificateId", "sslCertificateId");
        assertProblem(call("POST", BASE + "/ssl-nope/refund", account, null, null), 404, "unknown-sslCertificateId", "sslCertificateId");
        assertThat(balance(account).value()).isEqualByComparingTo("10000.00");
        assertThat(call("GET", BASE, account, null, null).body()).isEmpty();

        String other = account("100");
        String id = buy(account, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1}").get(0).get("id").asText();
        assertProblem(call("GET", BASE + "/" + id, other, null, null), 404, "unknown-sslCertificateId", "sslCertificateId");
    }

    @Test
    @DisplayName("R-SSL-4 A-61 20 free DV certificates per account, the 21st refused until an expansion pack adds 20; free ones are not refundable")
    void freeQuota() {
        String account = account("100");
        JsonNode free = buy(account, "{\"spec\":\"free-dv\",\"quantity\":20}");
        assertThat(free).hasSize(20);
        assertThat(free.get(0).get("source").asText()).isEqualTo("FREE");
        assertThat(free.get(0).get("allowedActions").toString()).doesNotContain("REFUND");
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"free-dv\",\"quantity\":1}"), 422, "free-quota-exhausted", "expansionPacks");
        JsonNode quota = call("POST", BASE + "/free-quota/expansion-packs", account, null, "{\"quantity\":1}").body();
        assertThat(quota.get("limit").asInt()).isEqualTo(40);
        assertThat(quota.get("remaining").asInt()).isEqualTo(20);
        buy(account, "{\"spec\":\"free-dv\",\"quantity\":1}");
        assertThat(call("GET", BASE + "/free-quota", account, null, null).body().get("taken").asInt()).isEqualTo(21);
        assertProblem(call("POST", BASE + "/" + free.get(0).get("id").asText() + "/refund", account, null, null), 422, "not-refundable", null);
        assertProblem(call("POST", BASE, account, null, "{\"spec\":\"free-dv\",\"years\":2,\"quantity\":1}"), 400, "invalid-years", "years");
        assertThat(balance(account).value()).isEqualByComparingTo("100.00");
    }

    @Test
    @DisplayName("R-SSL-3 R-SSL-2 apply → validating → rejected back to pending → apply → approved: issued now, valid one calendar year; illegal steps 409 with state and allowed actions")
    void applicationAndValidation() {
        String account = account("1000");
        String id = buy(account, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1}").get(0).get("id").asText();
        Answer illegal = call("POST", BASE + "/" + id + "/validation", account, null, "{\"approved\":true}");
        assertProblem(illegal, 409, "illegal-transition", null);
        assertThat(illegal.body().get("state").asText()).isEqualTo("PENDING_APPLICATION");
        assertThat(illegal.body().get("allowedActions").toString()).isEqualTo("[\"APPLY\",\"REFUND\"]");

        assertThat(call("POST", BASE + "/" + id + "/application", account, null, null).body().get("state").asText()).isEqualTo("VALIDATING");
        assertThat(call("POST", BASE + "/" + id + "/validation", account, null, "{\"approved\":false}").body().get("state").asText())
                .isEqualTo("PENDING_APPLICATION");
        moveTo(now().plus(Duration.ofDays(3)));
        JsonNode issued = issue(account, id);
        assertThat(issued.get("state").asText()).isEqualTo("ISSUED");
        Instant issuedAt = at(issued, "issuedAt");
        assertThat(at(issued, "expiresAt")).isEqualTo(issuedAt.atZone(SHANGHAI).plusYears(1).toInstant());

        Answer again = call("POST", BASE + "/" + id + "/application", account, null, null);
        assertProblem(again, 409, "illegal-transition", null);
        assertThat(again.body().get("state").asText()).isEqualTo("ISSUED");
        assertThat(again.body().get("allowedActions").toString()).isEqualTo("[\"EXPIRE\",\"REVOKE\"]");
        assertThat(call("POST", BASE + "/" + id + "/revocation", account, null, null).body().get("state").asText()).isEqualTo("REVOKED");
    }

    @Test
    @DisplayName("R-SSL-8 A-50 refund window edge: one minute before 7 × 24 h after payment refunded in full minus voucher; one minute after refused, nothing changes")
    void refundWindowEdge() {
        String account = account("10000");
        JsonNode bought = buy(account, "{\"spec\":\"geotrust-ov-single\",\"quantity\":2,\"voucher\":20}");
        String first = bought.get(0).get("id").asText();
        String second = bought.get(1).get("id").asText();
        Instant deadline = at(bought.get(0), "refundableUntil");
        assertThat(deadline).isEqualTo(at(bought.get(0), "paidAt").plus(Duration.ofHours(7 * 24)));
        assertThat(balance(account).value()).isEqualByComparingTo("4060.00"); // 10,000 − (5,960 − 20)

        moveTo(deadline.minus(Duration.ofMinutes(1)));
        Answer refunded = call("POST", BASE + "/" + first + "/refund", account, UUID.randomUUID().toString(), null);
        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.body().get("amount").decimalValue()).isEqualByComparingTo("2970.00"); // 2,980 − its 10 of voucher
        assertThat(refunded.body().get("certificate").get("state").asText()).isEqualTo("REFUNDED");
        assertThat(balance(account).value()).isEqualByComparingTo("7030.00");
        assertThat(ledger(account)).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("REFUND");
            assertThat(e.get("rule").asText()).isEqualTo("R-SSL-8");
        });
        assertProblem(call("POST", BASE + "/" + first + "/refund", account, null, null), 409, "not-refundable-state", null);

        moveTo(deadline.plus(Duration.ofMinutes(1)));
        assertProblem(call("POST", BASE + "/" + second + "/refund", account, null, null), 422, "refund-window-closed", "sslCertificateId");
        assertThat(get(account, second).get("state").asText()).isEqualTo("PENDING_APPLICATION");
        assertThat(balance(account).value()).isEqualByComparingTo("7030.00");
    }

    @Test
    @DisplayName("R-SSL-8 an issued certificate is refundable only once revoked inside the 7 days")
    void refundRevoked() {
        String account = account("1000");
        String id = buy(account, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1}").get(0).get("id").asText();
        issue(account, id);
        assertProblem(call("POST", BASE + "/" + id + "/refund", account, null, null), 409, "not-refundable-state", null);
        call("POST", BASE + "/" + id + "/revocation", account, null, null);
        assertThat(call("POST", BASE + "/" + id + "/refund", account, null, null).status()).isEqualTo(200);
        assertThat(balance(account).value()).isEqualByComparingTo("1000.00");
    }

    @Test
    @DisplayName("E6 R-SSL-5 R-SSL-7 manual renewal only inside the 30-day window; issued 5 days before the original expires it carries those 5 days over")
    void manualRenewalAndCarryOver() {
        String account = account("10000");
        String id = buy(account, "{\"spec\":\"geotrust-ov-single\",\"quantity\":1}").get(0).get("id").asText();
        assertProblem(call("POST", BASE + "/" + id + "/renewals", account, null, null), 409, "not-issued", null);
        JsonNode original = issue(account, id);
        Instant expires = at(original, "expiresAt");
        BigDecimal before = balance(account).value();

        moveTo(expires.minus(Duration.ofDays(30)).minus(Duration.ofMinutes(1)));
        assertProblem(call("POST", BASE + "/" + id + "/renewals", account, null, null), 422, "renewal-window-not-open", "sslCertificateId");
        assertThat(balance(account).value()).isEqualByComparingTo(before);

        moveTo(expires.minus(Duration.ofDays(5)));
        Answer renewed = call("POST", BASE + "/" + id + "/renewals", account, UUID.randomUUID().toString(), null);
        assertThat(renewed.status()).isEqualTo(201);
        String renewal = renewed.body().get("id").asText();
        assertThat(renewed.body().get("state").asText()).isEqualTo("PENDING_APPLICATION");
        assertThat(renewed.body().get("renewalOf").asText()).isEqualTo(id);
        assertThat(balance(account).value()).isEqualByComparingTo(before.subtract(new BigDecimal("2980.00")));
        assertProblem(call("POST", BASE + "/" + id + "/renewals", account, null, null), 409, "already-renewed", null);

        JsonNode issued = issue(account, renewal);
        Instant issuedAt = at(issued, "issuedAt");
        assertThat(at(issued, "expiresAt")).as("renewal term + the original's remaining validity")
                .isEqualTo(issuedAt.atZone(SHANGHAI).plusYears(1).toInstant().plus(Duration.between(issuedAt, expires)));
        assertThat(Duration.between(issuedAt, expires)).isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5));
    }

    @Test
    @DisplayName("R-SSL-5 R-SSL-7 a manual renewal of another spec is bought for one year, valid one year, no carry-over; 2 years refused")
    void renewalOfAnotherSpec() {
        String account = account("20000");
        String id = buy(account, "{\"spec\":\"geotrust-ov-single\",\"quantity\":1}").get(0).get("id").asText();
        Instant expires = at(issue(account, id), "expiresAt");
        moveTo(expires.minus(Duration.ofDays(10)));
        assertProblem(call("POST", BASE + "/" + id + "/renewals", account, null, "{\"spec\":\"digicert-ov-single\",\"years\":2}"), 400,
                "invalid-years", "years");
        Answer renewed = call("POST", BASE + "/" + id + "/renewals", account, null, "{\"spec\":\"digicert-ov-single\"}");
        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.body().get("brand").asText()).isEqualTo("DigiCert");
        JsonNode issued = issue(account, renewed.body().get("id").asText());
        Instant issuedAt = at(issued, "issuedAt");
        assertThat(at(issued, "expiresAt")).isEqualTo(issuedAt.atZone(SHANGHAI).plusYears(1).toInstant());
    }

    @Test
    @DisplayName("R-SSL-6 R-NOT-1 auto-renew inside the window buys an identical certificate and submits its application, once; renewal-due notice once")
    void autoRenew() {
        String account = account("5000");
        String id = buy(account, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1,\"autoRenew\":true}").get(0).get("id").asText();
        Instant expires = at(issue(account, id), "expiresAt");
        moveTo(expires.minus(Duration.ofDays(31)));
        operator("POST", "/admin/simulation/ssl-lifecycle-runs", null);
        assertThat(call("GET", BASE, account, null, null).body()).hasSize(1);

        moveTo(expires.minus(Duration.ofDays(30)).plusSeconds(60));
        operator("POST", "/admin/simulation/ssl-lifecycle-runs", null);
        operator("POST", "/admin/simulation/ssl-lifecycle-runs", null);
        JsonNode all = call("GET", BASE, account, null, null).body();
        assertThat(all).hasSize(2);
        JsonNode original = get(account, id);
        JsonNode renewal = get(account, original.get("renewedBy").asText());
        assertThat(renewal.get("state").asText()).as("the original application is submitted").isEqualTo("VALIDATING");
        assertThat(renewal.get("spec").asText()).isEqualTo("geotrust-dv-single");
        assertThat(balance(account).value()).isEqualByComparingTo("3240.00"); // 5,000 − 880 − 880
        assertThat(ledger(account)).filteredOn(e -> e.get("kind").asText().equals("AUTO_RENEWAL")).singleElement()
                .satisfies(e -> assertThat(e.get("rule").asText()).isEqualTo("R-SSL-6"));
        JsonNode notices = call("GET", "/api/v1/notices", account, null, null).body();
        List<String> kinds = new ArrayList<>();
        notices.forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).containsOnlyOnce("CERTIFICATE_RENEWAL_DUE", "AUTO_RENEW_SUCCEEDED");

        moveTo(expires.plusSeconds(1));
        operator("POST", "/admin/simulation/ssl-lifecycle-runs", null);
        assertThat(get(account, id).get("state").asText()).isEqualTo("EXPIRED");
    }

    @Test
    @DisplayName("R-SSL-9 R-ACC-3 in arrears (on-demand CA charges) auto-renew fails with a notice and charges nothing; the certificate keeps working")
    void arrearsBlockAutoRenew() {
        String account = account("880");
        String id = buy(account, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1,\"autoRenew\":true}").get(0).get("id").asText();
        Instant expires = at(issue(account, id), "expiresAt");
        moveTo(expires.minus(Duration.ofDays(30)).minus(Duration.ofHours(3)));
        String ca = call("POST", "/api/v1/private-cas", account, null, "{\"kind\":\"ROOT\"}").body().get("id").asText();
        moveTo(now().plus(Duration.ofHours(2)));
        operator("POST", "/admin/simulation/certificate-settlement-runs", null);
        assertThat(balance(account).value()).isNegative();
        assertThat(call("DELETE", "/api/v1/private-cas/" + ca, account, null, null).status()).as("retire the CA").isEqualTo(200);

        moveTo(expires.minus(Duration.ofDays(30)).plusSeconds(60));
        BigDecimal owed = balance(account).value();
        operator("POST", "/admin/simulation/ssl-lifecycle-runs", null);
        assertThat(get(account, id).get("state").asText()).isEqualTo("ISSUED");
        assertThat(get(account, id).get("renewedBy").isNull()).isTrue();
        assertThat(balance(account).value()).isEqualByComparingTo(owed);
        List<String> kinds = new ArrayList<>();
        call("GET", "/api/v1/notices", account, null, null).body().forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).contains("AUTO_RENEW_FAILED");
    }
}
