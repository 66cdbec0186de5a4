package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Abuse (issue 6): bodies are bounded, and a flood of bad requests leaves the service answering and the data unchanged. */
class AbuseIT extends ConsoleApi {

    private static final int MIB = 1024 * 1024;

    @Test
    @DisplayName("issue 6: a body over 1 MiB is refused with 413, declared or chunked")
    void bodiesAreBounded() throws Exception {
        String account = account("10");
        String big = "{\"records\":[" + "{\"eventId\":\"e\"},".repeat(MIB / 16) + "{}]}";
        Answer declared = call("POST", "/api/v1/usage", account, null, big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body().get("code").asText()).isEqualTo("body-too-large");

        HttpResponse<String> chunked = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/usage"))
                        .header("Authorization", "Bearer " + token(account, null)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("body-too-large");
    }

    @Test
    @DisplayName("issue 6: a usage batch over 10,000 records is refused (400 naming records) and stores nothing")
    void batchesAreBounded() {
        String account = account("10");
        String batch = "{\"records\":[" + "{},".repeat(10_000) + "{}]}";
        Answer refused = call("POST", "/api/v1/usage", account, null, batch);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    }

    @Test
    @DisplayName("issue 6: 600 bad requests from 8 clients (no token, forged token, malformed, oversized, invalid, other account) "
            + "leave the service answering and the victim's data unchanged")
    void floodOfBadRequests() throws Exception {
        String victim = account("40000");
        String subscription = call("POST", "/api/v1/subscriptions", victim, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12}").body().get("id").asText();
        String attacker = account("1");
        Map<String, String> before = snapshot(victim, subscription);
        String forged = "Bearer " + token(victim, null, "forged-secret-forged-secret-forged-secret-!!");
        String huge = "x".repeat(2 * MIB);
        List<Runnable> bad = List.of(
                () -> send("POST", "/api/v1/subscriptions/" + subscription + "/renewals", null, null, "{\"months\":1}"),
                () -> send("POST", "/api/v1/accounts/me/top-ups", forged, null, "{\"amount\":1000000}"),
                () -> call("POST", "/api/v1/subscriptions/" + subscription + "/refunds", attacker, null, null),
                () -> call("PUT", "/api/v1/subscriptions/" + subscription + "/auto-renew", attacker, null, "{\"enabled\":false}"),
                () -> call("POST", "/api/v1/subscriptions", attacker, null, "{\"product\":"),
                () -> call("POST", "/api/v1/usage", attacker, null, huge),
                () -> call("POST", "/api/v1/accounts/me/top-ups", attacker, null, "{\"amount\":\"lots\"}"),
                () -> send("POST", "/admin/simulation/clock", basic(OPERATOR, "guess"), null, "{\"by\":\"P300D\"}"),
                () -> call("POST", "/api/v1/subscriptions/" + subscription + "/renewals", attacker, null, "{\"months\":-1}"),
                () -> send("GET", "/api/v1/accounts/me", "Bearer " + "a".repeat(8000), null, null));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 600; i++) {
                sent.add(clients.submit(bad.get(i % bad.size())));
            }
            for (Future<?> f : sent) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        long start = System.nanoTime();
        assertThat(send("GET", "/actuator/health", null, null, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/accounts/me", victim, null, null).status()).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        assertThat(snapshot(victim, subscription)).isEqualTo(before);
    }

    private Map<String, String> snapshot(String account, String subscription) {
        return Map.of(
                "me", call("GET", "/api/v1/accounts/me", account, null, null).body().toString(),
                "subscription", call("GET", "/api/v1/subscriptions/" + subscription, account, null, null).body().toString(),
                "ledger", call("GET", "/api/v1/accounts/me/ledger", account, null, null).body().toString(),
                "notices", call("GET", "/api/v1/notices", account, null, null).body().toString());
    }
}
