package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.simulation.SimulationClock;
import com.cloudsub.application.subscription.RunLifecycle;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Refunds over HTTP (R-REF-1..5, E2), on the same application as the subscription API tests. */
class RefundApiIT extends ConsoleApi {

    @Autowired SimulationClock clock;
    @Autowired RunLifecycle lifecycle;

    static final String KMS_YEAR_WITH_VOUCHER =
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12,\"voucher\":88}";

    @Test
    @DisplayName("E2 R-REF-1 R-REF-3 KMS within 5 days, first time: requested, approved by an operator, 29,900.00 back; the second time is prorated")
    void kmsNoReasonRefundOnce() {
        String account = account("60000");
        String first = call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR_WITH_VOUCHER).body().get("id").asText();
        assertThat(balance(account).value()).isEqualByComparingTo("30100.00");
        Answer requested = call("POST", "/api/v1/subscriptions/" + first + "/refunds", account, null, null);
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.body().get("state").asText()).isEqualTo("REQUESTED");
        assertThat(requested.body().get("amount").decimalValue()).isEqualByComparingTo("29900.00");
        assertThat(call("POST", "/api/v1/subscriptions/" + first + "/refunds", account, null, null).status()).isEqualTo(409);
        assertThat(balance(account).value()).isEqualByComparingTo("30100.00"); // nothing paid before review

        String refundId = requested.body().get("id").asText();
        Answer approved = operator("POST", "/admin/refunds/" + refundId + "/decision", "{\"approve\":true,\"reason\":\"within the 5-day window\"}");
        assertThat(approved.body().get("state").asText()).isEqualTo("APPROVED");
        assertThat(balance(account).value()).isEqualByComparingTo("60000.00");
        assertThat(call("GET", "/api/v1/subscriptions/" + first, account, null, null).body().get("state").asText()).isEqualTo("REFUNDED");
        assertThat(operator("POST", "/admin/refunds/" + refundId + "/decision", "{\"approve\":true,\"reason\":\"again\"}").status()).isEqualTo(409);
        assertThat(call("POST", "/api/v1/subscriptions/" + first + "/refunds", account, null, null).status()).isEqualTo(409);

        String second = call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR_WITH_VOUCHER).body().get("id").asText();
        Answer prorated = call("POST", "/api/v1/subscriptions/" + second + "/refunds", account, null, null);
        assertThat(prorated.body().get("rule").asText()).isEqualTo("R-REF-2");
        assertThat(prorated.body().get("amount").decimalValue()).isEqualByComparingTo("29817.84"); // 29,900 − 29,988 / 365
    }

    @Test
    @DisplayName("E2 R-REF-2 KMS refund on day 9: 29,160.57")
    void kmsProratedOnDay9() {
        String account = account("30000");
        topUp(account, "30000");
        String used = call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR_WITH_VOUCHER).body().get("id").asText();
        clock.advance(Duration.ofDays(8).plusHours(1));
        Answer refund = call("POST", "/api/v1/subscriptions/" + used + "/refunds", account, null, null);
        assertThat(refund.body().get("rule").asText()).isEqualTo("R-REF-2");
        assertThat(refund.body().get("amount").decimalValue()).isEqualByComparingTo("29160.57");
    }

    @Test
    @DisplayName("R-REF-3 R-REF-4 API gateway dedicated: refunded at once, isolated 7 days, then destroyed")
    void apigwImmediate() {
        String account = account("4000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"apigw\",\"edition\":\"dedicated-basic\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        Answer refund = call("POST", "/api/v1/subscriptions/" + id + "/refunds", account, null, null);
        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.body().get("state").asText()).isEqualTo("PAID");
        assertThat(balance(account).value()).isEqualByComparingTo("4000.00");
        assertThat(call("GET", "/api/v1/subscriptions/" + id, account, null, null).body().get("state").asText()).isEqualTo("ISOLATED");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        lifecycle.run();
        assertThat(call("GET", "/api/v1/subscriptions/" + id, account, null, null).body().get("state").asText()).isEqualTo("DESTROYED");
    }

    @Test
    @DisplayName("R-REF-5 SSM and KMS white-box purchases are not refundable")
    void notRefundable() {
        String account = account("5000");
        String ssm = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"ssm\",\"edition\":\"enterprise\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        Answer refused = call("POST", "/api/v1/subscriptions/" + ssm + "/refunds", account, null, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("not-refundable");
        assertThat(balance(account).value()).isEqualByComparingTo("2501.00");
    }
}
