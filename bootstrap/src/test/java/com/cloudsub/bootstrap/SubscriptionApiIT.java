package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console API for prepaid subscriptions over HTTP: idempotency, conflicts and bad input. */
class SubscriptionApiIT extends ConsoleApi {

    static final String KMS_YEAR = "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12}";

    @Test
    @DisplayName("R-GEN-6 the same purchase sent twice with one Idempotency-Key charges once and answers the same subscription")
    void idempotentPurchase() {
        String account = account("40000");
        String key = UUID.randomUUID().toString();
        Answer first = call("POST", "/api/v1/subscriptions", account, key, KMS_YEAR);
        Answer second = call("POST", "/api/v1/subscriptions", account, key, KMS_YEAR);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
        assertThat(balance(account).value()).isEqualByComparingTo("10012.00");
        assertThat(call("GET", "/api/v1/subscriptions", account, null, null).body()).hasSize(1);
        assertThat(call("GET", "/api/v1/accounts/me/ledger", account, null, null).body()).hasSize(2);
        Answer reused = call("POST", "/api/v1/subscriptions", account, key, KMS_YEAR.replace("12}", "11}"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    @DisplayName("R-GEN-6 the same purchase sent concurrently with one Idempotency-Key charges once; both answers name one subscription")
    void concurrentIdempotentPurchase() {
        String account = account("40000");
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Answer>> sends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> call("POST", "/api/v1/subscriptions", account, key, KMS_YEAR)));
        }
        List<Answer> answers = sends.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.body().get("id").asText()).containsOnly(answers.get(0).body().get("id").asText());
        assertThat(balance(account).value()).isEqualByComparingTo("10012.00");
        assertThat(call("GET", "/api/v1/subscriptions", account, null, null).body()).hasSize(1);
    }

    @Test
    @DisplayName("R-SUB-2 two concurrent renewals of one subscription extend it once; the other answers 409")
    void concurrentRenewals() throws Exception {
        String account = account("20000");
        Answer bought = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}");
        String id = bought.body().get("id").asText();
        long version = bought.body().get("version").asLong();
        String body = "{\"months\":1,\"expectedVersion\":" + version + "}";
        List<CompletableFuture<Answer>> renewals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String key = UUID.randomUUID().toString();
            renewals.add(CompletableFuture.supplyAsync(() -> call("POST", "/api/v1/subscriptions/" + id + "/renewals", account, key, body)));
        }
        List<Integer> statuses = renewals.stream().map(CompletableFuture::join).map(Answer::status).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(balance(account).value()).isEqualByComparingTo("15002.00"); // 20,000 − 2 × 2,499
        assertThat(call("GET", "/api/v1/accounts/me/ledger", account, null, null).body()).hasSize(3);
    }

    @Test
    @DisplayName("bad input answers a problem and changes nothing")
    void badInput() {
        String account = account("1000");
        String other = account("1000");
        assertStatus(call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR), 422, "balance");
        assertStatus(call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR.replace("12}", "0}")), 400, "months");
        assertStatus(call("POST", "/api/v1/subscriptions", account, null, KMS_YEAR.replace("12}", "1000}")), 400, "months");
        assertStatus(call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"ssm\",\"edition\":\"legacy\",\"region\":\"ap-guangzhou\",\"months\":1}"), 422, "edition");
        assertThat(call("POST", "/api/v1/subscriptions", null, null, KMS_YEAR).status()).isEqualTo(401);
        assertStatus(call("POST", "/api/v1/subscriptions/sub-nope/renewals", account, null, "{\"months\":1}"), 404, "subscriptionId");
        assertStatus(topUp(account, "-5"), 400, "amount");
        assertStatus(call("GET", "/api/v1/accounts/me", "acc-nope", null, null), 404, "accountId");
        assertThat(balance(account).value()).isEqualByComparingTo("1000.00");
        assertThat(call("GET", "/api/v1/accounts/me/ledger", account, null, null).body()).hasSize(1);

        topUp(account, "2000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        assertStatus(call("GET", "/api/v1/subscriptions/" + id, other, null, null), 404, "subscriptionId");
        assertStatus(call("POST", "/api/v1/subscriptions/" + id + "/renewals", other, null, "{\"months\":1}"), 404, "subscriptionId");
    }

    private static void assertStatus(Answer answer, int status, String field) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().get("field").asText()).isEqualTo(field);
    }
}
