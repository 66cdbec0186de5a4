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

/** Budgets, the balance alert and resource-pack refunds over the API. */
class PaygBudgetIT extends ConsoleApi {

    @Autowired
    JdbcTemplate jdbc;

    private int notices(String account, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice_outbox WHERE account_id = ? AND kind = ?", Integer.class, account, kind);
    }

    /** 8.00 of API gateway traffic billed in the next hour. */
    private void spend8(String account) {
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour.plus(Duration.ofMinutes(1)));
        assertThat(call("POST", "/api/v1/usage", account, null, "{\"records\":[{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"product\":\"apigw\",\"region\":\"ap-guangzhou\",\"meter\":\"apigw.traffic\",\"quantity\":10,\"unit\":\"GIGABYTE\","
                + "\"occurredAt\":\"" + hour + "\"}]}").status()).isEqualTo(200);
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        assertThat(operator("POST", "/admin/simulation/settlement-runs", null).status()).isEqualTo(200);
    }

    private String oldApigw(String cash) {
        String account = account(cash);
        operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"apigw\",\"openedAt\":\""
                + now().minus(Duration.ofDays(400)) + "\"}");
        return account;
    }

    @Test
    @DisplayName("R-BIL-2 a monthly API gateway budget of 10.00: actual above 50 % notifies once per threshold and period by email and SMS")
    void budget() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.YearMonth month = java.time.YearMonth.from(now().atZone(shanghai));
        if (!java.time.YearMonth.from(now().plus(Duration.ofHours(3)).atZone(shanghai)).equals(month)) {
            moveTo(month.plusMonths(1).atDay(1).atStartOfDay(shanghai).toInstant()); // keep the spending inside one budget month
        }
        String account = oldApigw("100");
        Answer created = call("POST", "/api/v1/budgets", account, "b-" + UUID.randomUUID(), """
                {"name":"apigw 10","period":"MONTH","amount":10,"product":"apigw",
                 "thresholds":[{"percent":50,"basis":"ACTUAL"},{"percent":1000,"basis":"ACTUAL"}]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/budgets", account, null, """
                {"name":"bad","period":"MONTH","amount":-1,"thresholds":[{"percent":50,"basis":"ACTUAL"}]}""").body().get("field").asText())
                .isEqualTo("amount");
        spend8(account);
        JsonNode budget = call("GET", "/api/v1/budgets", account, null, null).body().get(0);
        assertThat(budget.get("actual").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(budget.get("crossed").get(0).asInt()).isZero();
        assertThat(budget.get("crossed")).hasSize(1);
        assertThat(notices(account, "BUDGET_THRESHOLD_CROSSED")).isEqualTo(2);
        operator("POST", "/admin/simulation/settlement-runs", null);
        assertThat(notices(account, "BUDGET_THRESHOLD_CROSSED")).as("once per threshold per period").isEqualTo(2);
    }

    @Test
    @DisplayName("R-ACC-5 the balance alert: one email and SMS when the balance falls below 95.00; not again until it has risen above")
    void balanceAlert() {
        String account = oldApigw("100");
        assertThat(call("PUT", "/api/v1/accounts/me/balance-alert", account, null, "{\"threshold\":95}").status()).isEqualTo(200);
        spend8(account);
        assertThat(notices(account, "BALANCE_LOW")).isEqualTo(2);
        spend8(account);
        assertThat(notices(account, "BALANCE_LOW")).as("still below: no new alert").isEqualTo(2);
        topUp(account, "20"); // 84.00 → 104.00, above 95.00
        operator("POST", "/admin/simulation/settlement-runs", null);
        assertThat(call("GET", "/api/v1/accounts/me/balance-alert", account, null, null).body().get("below").asBoolean()).isFalse();
        spend8(account); // 96.00
        assertThat(notices(account, "BALANCE_LOW")).isEqualTo(2);
        spend8(account); // 88.00
        assertThat(notices(account, "BALANCE_LOW")).as("a second crossing").isEqualTo(4);
    }

    @Test
    @DisplayName("R-APG-6 an unused, valid, bought pack is refunded in full; a second refund is a conflict")
    void packRefund() {
        String account = account("100");
        Answer pack = call("POST", "/api/v1/packs", account, null, "{\"edition\":\"call-pack-1m\"}");
        assertThat(pack.status()).isEqualTo(201);
        assertThat(balance(account).value()).isEqualByComparingTo("94.60");
        Answer refund = call("POST", "/api/v1/packs/" + pack.body().get("id").asText() + "/refunds", account, null, null);
        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.body().get("state").asText()).isEqualTo("REFUNDED");
        assertThat(balance(account).value()).isEqualByComparingTo("100.00");
        assertThat(call("POST", "/api/v1/packs/" + pack.body().get("id").asText() + "/refunds", account, null, null).status()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/packs", account, null, "{\"edition\":\"shared\"}").status()).isEqualTo(400);
    }
}
