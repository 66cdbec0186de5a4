package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.billing.SettleHour;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pay-as-you-go arrears path over the API: arrears → stopped at +24 h → restored by a top-up, or released. */
class PaygArrearsIT extends ConsoleApi {

    @Autowired
    JdbcTemplate jdbc;

    private void settle() {
        Answer run = operator("POST", "/admin/simulation/settlement-runs", null);
        assertThat(run.status()).as(String.valueOf(run.body())).isEqualTo(200);
    }

    private JsonNode apigw(String account) {
        for (JsonNode s : call("GET", "/api/v1/payg-services", account, null, null).body()) {
            if (s.get("product").asText().equals("apigw")) {
                return s;
            }
        }
        throw new AssertionError("no apigw service");
    }

    private int notices(String account, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice_outbox WHERE account_id = ? AND kind = ?", Integer.class, account, kind);
    }

    private int bills(String account) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bill WHERE account_id = ?", Integer.class, account);
    }

    /** An old API gateway account with 5.00, then 8.00 of traffic in the next hour, settled: the balance is -3.00. */
    private String inArrears() {
        String account = account("5");
        assertThat(operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"apigw\",\"openedAt\":\""
                + now().minus(Duration.ofDays(400)) + "\"}").status()).isEqualTo(201);
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour.plus(Duration.ofMinutes(1)));
        traffic(account, "10", hour);
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        assertThat(balance(account).value()).isEqualByComparingTo("-3.00");
        return account;
    }

    private void traffic(String account, String gigabytes, Instant at) {
        assertThat(call("POST", "/api/v1/usage", account, null, "{\"records\":[{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"product\":\"apigw\",\"region\":\"ap-guangzhou\",\"meter\":\"apigw.traffic\",\"quantity\":" + gigabytes
                + ",\"unit\":\"GIGABYTE\",\"occurredAt\":\"" + at + "\"}]}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-APG-9 R-ACC-3 R-NOT-1 arrears → service runs 24 h → stopped with a notice, nothing billed while stopped → a top-up restores it")
    void stoppedThenRestored() {
        String account = inArrears();
        JsonNode arrears = apigw(account);
        assertThat(arrears.get("state").asText()).isEqualTo("ARREARS");
        assertThat(arrears.get("accessAllowed").asBoolean()).isTrue();
        assertThat(notices(account, "ARREARS_WARNING")).isEqualTo(2); // creator by email and SMS
        Instant since = Instant.parse(arrears.get("arrearsSince").asText());

        moveTo(since.plus(Duration.ofHours(24)).minusSeconds(60));
        settle();
        assertThat(apigw(account).get("state").asText()).as("still running within the 24 h").isEqualTo("ARREARS");
        moveTo(since.plus(Duration.ofHours(24)).plusSeconds(1));
        settle();
        JsonNode stopped = apigw(account);
        assertThat(stopped.get("state").asText()).isEqualTo("STOPPED");
        assertThat(stopped.get("accessAllowed").asBoolean()).isFalse();
        assertThat(Instant.parse(stopped.get("stops").get(0).get("stoppedAt").asText())).isEqualTo(since.plus(Duration.ofHours(24)));
        assertThat(notices(account, "SUSPENDED")).isEqualTo(2);
        settle();
        assertThat(notices(account, "SUSPENDED")).as("a re-run notifies nothing twice").isEqualTo(2);

        int billsBefore = bills(account);
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour.plus(Duration.ofMinutes(5)));
        traffic(account, "10", hour.plus(Duration.ofMinutes(1)));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        assertThat(bills(account)).as("usage while stopped is not billed").isEqualTo(billsBefore);

        assertThat(topUp(account, "10").status()).isEqualTo(200);
        JsonNode restored = apigw(account);
        assertThat(restored.get("state").asText()).isEqualTo("NORMAL");
        assertThat(restored.get("stops").get(0).get("restoredAt").isNull()).isFalse();
        assertThat(balance(account).value()).isEqualByComparingTo("7.00");
    }

    @Test
    @DisplayName("R-APG-9 not topped up: stopped at +24 h, released 7 days after the stop with a notice; a later top-up does not restore it")
    void released() {
        String account = inArrears();
        Instant since = Instant.parse(apigw(account).get("arrearsSince").asText());
        moveTo(since.plus(Duration.ofHours(24)).plusSeconds(1));
        settle();
        moveTo(since.plus(Duration.ofHours(24)).plus(Duration.ofDays(7)).minusSeconds(1));
        settle();
        assertThat(apigw(account).get("state").asText()).as("restorable until stop + 7 days").isEqualTo("STOPPED");
        moveTo(since.plus(Duration.ofHours(24)).plus(Duration.ofDays(7)).plusSeconds(1));
        settle();
        JsonNode released = apigw(account);
        assertThat(released.get("state").asText()).isEqualTo("RELEASED");
        assertThat(Instant.parse(released.get("releasedAt").asText())).isEqualTo(since.plus(Duration.ofHours(24)).plus(Duration.ofDays(7)));
        assertThat(notices(account, "RELEASED")).isEqualTo(2);
        assertThat(notices(account, "ARREARS_WARNING")).as("the arrears warning repeats once a day (A-62)").isGreaterThan(2);
        topUp(account, "10");
        assertThat(apigw(account).get("state").asText()).isEqualTo("RELEASED");
    }

    @Test
    @DisplayName("R-KMS-P4 R-KMS-5 KMS in arrears refuses access at once: creating a key is refused until a top-up clears the debt")
    void kmsRefusesAccessInArrears() {
        String account = inArrears();
        assertThat(call("POST", "/api/v1/payg-services", account, null, "{\"product\":\"kms\"}").status()).isEqualTo(201);
        // the KMS service opened after the account fell into arrears; the next settlement that finds the balance below zero puts it there
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour.plus(Duration.ofMinutes(1)));
        traffic(account, "1", hour);
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        Answer refused = call("POST", "/api/v1/resources", account, null, "{\"kind\":\"CUSTOMER_KEY\",\"region\":\"ap-guangzhou\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("service-stopped");
        topUp(account, "100");
        assertThat(call("POST", "/api/v1/resources", account, null, "{\"kind\":\"CUSTOMER_KEY\",\"region\":\"ap-guangzhou\"}").status()).isEqualTo(201);
    }
}
