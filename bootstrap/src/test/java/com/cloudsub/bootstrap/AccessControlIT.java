package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may do what (issue 6), proven against the OpenAPI document the app serves: every console path refuses a caller
 * without a valid token, and no account can read or change another's data through any path; every admin path is for
 * operators only.
 */
class AccessControlIT extends ConsoleApi {

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A valid request body for each console operation that takes one, so that a cross-account call passes validation and
     * reaches the ownership check. An operation missing here fails the walk: add its example with the endpoint.
     */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/accounts", "{\"name\":\"X\",\"contacts\":[{\"name\":\"X\",\"email\":\"x@x.test\",\"roles\":[\"CREATOR\"]}]}"),
            Map.entry("POST /api/v1/quotes", "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}"),
            Map.entry("POST /api/v1/subscriptions", "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}"),
            Map.entry("POST /api/v1/subscriptions/{id}/renewals", "{\"months\":1}"),
            Map.entry("POST /api/v1/subscriptions/{id}/expansions", "{\"addOns\":{\"ssm.secret-pack\":1}}"),
            Map.entry("PUT /api/v1/subscriptions/{id}/auto-renew", "{\"enabled\":false}"),
            Map.entry("POST /api/v1/subscriptions/{id}/capacity/{capacity}", "{\"delta\":1}"),
            Map.entry("POST /api/v1/accounts/me/top-ups", "{\"amount\":1}"),
            Map.entry("POST /api/v1/usage", "{\"records\":[{\"eventId\":\"x-1\",\"product\":\"apigw\",\"region\":\"ap-guangzhou\","
                    + "\"meter\":\"apigw.api-call\",\"quantity\":1,\"unit\":\"CALL\",\"occurredAt\":\"2020-01-01T00:00:00Z\"}]}"),
            Map.entry("POST /admin/refunds/{id}/decision", "{\"approve\":false,\"reason\":\"access test\"}"),
            Map.entry("POST /admin/simulation/clock", "{\"by\":\"PT1S\",\"reason\":\"access test\"}"),
            Map.entry("POST /admin/demo/tokens", "{\"account\":\"acc-demo-acme\"}"),
            Map.entry("POST /api/v1/ssl-certificates", "{\"spec\":\"geotrust-dv-single\",\"quantity\":1}"),
            Map.entry("POST /api/v1/ssl-certificates/{id}/validation", "{\"approved\":true}"),
            Map.entry("PUT /api/v1/ssl-certificates/{id}/auto-renew", "{\"enabled\":false}"),
            Map.entry("POST /api/v1/ssl-certificates/{id}/renewals", "{\"years\":1}"),
            Map.entry("POST /api/v1/ssl-certificates/free-quota/expansion-packs", "{\"quantity\":1}"),
            Map.entry("POST /api/v1/private-cas", "{\"kind\":\"ROOT\"}"),
            Map.entry("POST /api/v1/private-cas/{id}/scheduled-deletion", "{\"delayDays\":7}"),
            Map.entry("PUT /api/v1/accounts/me/balance-alert", "{\"threshold\":100}"),
            Map.entry("POST /api/v1/payg-services", "{\"product\":\"apigw\"}"),
            Map.entry("POST /admin/payg-services", "{\"accountId\":\"acc-x\",\"product\":\"ssm\",\"openedAt\":\"2020-01-01T00:00:00Z\"}"),
            Map.entry("POST /api/v1/budgets", "{\"name\":\"b\",\"period\":\"MONTH\",\"amount\":100,"
                    + "\"thresholds\":[{\"percent\":80,\"basis\":\"ACTUAL\"}]}"),
            Map.entry("POST /api/v1/packs", "{\"edition\":\"no-such-pack\"}"),
            Map.entry("POST /api/v1/resources", "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}"),
            Map.entry("POST /api/v1/resources/{id}/state-changes", "{\"state\":\"DISABLED\"}"));

    record Operation(String method, String path, boolean hasBody) {
        String key() {
            return method + " " + path;
        }
    }

    private List<Operation> operations(String prefix) {
        Answer docs = send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.body().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue().has("requestBody")));
            }
        }
        assertThat(operations).as("operations under " + prefix).hasSizeGreaterThan(3);
        return operations;
    }

    private static String body(Operation operation) {
        if (!operation.hasBody()) {
            return null;
        }
        String body = BODIES.get(operation.key());
        assertThat(body).as("an example body for " + operation.key() + " (add one to BODIES)").isNotNull();
        return body;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Fills path variables with the given values; an unknown variable fails the test, so new ones are thought about. */
    private static String fill(String path, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertThat(value).as("a value for {" + m.group(1) + "} in " + path).isNotNull();
            m.appendReplacement(filled, value);
        }
        return m.appendTail(filled).toString();
    }

    @Test
    @DisplayName("issue 6: every /api/v1 operation answers 401 without a token, with a forged token and with an expired one")
    void everyConsoleCallNeedsAValidToken() {
        String forged = "Bearer " + token("acc-demo-acme", null, "another-secret-of-at-least-thirty-two-bytes!!");
        for (Operation operation : operations("/api/v1")) {
            String path = fill(operation.path(), Map.of("id", "sub-x", "product", "kms", "capacity", "secrets", "certificateId", "pc-x"));
            for (String authorization : new String[] {null, forged, "Bearer not-a-jwt", basic(OPERATOR, OPERATOR_PASSWORD)}) {
                Answer answer = send(operation.method(), path, authorization, null, body(operation));
                assertThat(answer.status()).as(operation.key() + " with " + authorization).isEqualTo(401);
                assertThat(answer.body().get("code").asText()).isEqualTo("unauthenticated");
            }
        }
    }

    @Test
    @DisplayName("issue 6: walking every /api/v1 operation as account B on A's resources answers 404 or B's own data, and A is unchanged")
    void noAccountReachesAnother() {
        String a = account("40000");
        Owned owned = new Owned(a,
                call("POST", "/api/v1/subscriptions", a, null,
                        "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12}").body().get("id").asText(),
                call("POST", "/api/v1/ssl-certificates", a, null, "{\"spec\":\"geotrust-dv-single\",\"quantity\":1}")
                        .body().get(0).get("id").asText(),
                call("POST", "/api/v1/private-cas", a, null, "{\"kind\":\"ROOT\"}").body().get("id").asText());
        assertThat(call("POST", "/api/v1/private-cas/" + owned.ca() + "/activate", a, null, null).status()).isEqualTo(200);
        String certificate = call("POST", "/api/v1/private-cas/" + owned.ca() + "/certificates", a, null, null).body().get("id").asText();
        String b = account("100");
        Map<String, String> before = snapshot(owned);

        for (Operation operation : operations("/api/v1")) {
            if (operation.key().equals("POST /api/v1/accounts")) {
                continue; // opens a new account; needs the console backend's scope (accountOpeningNeedsTheConsoleScope)
            }
            // Each path's {id} is A's resource of that path's kind.
            String aId = operation.path().startsWith("/api/v1/ssl-certificates/") ? owned.sslCertificate()
                    : operation.path().startsWith("/api/v1/private-cas/") ? owned.ca() : owned.subscription();
            String unknown = aId.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "00000000-0000-0000-0000-000000000000");
            String unknownCertificate = certificate.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    "00000000-0000-0000-0000-000000000000");
            String path = fill(operation.path(), Map.of("id", aId, "product", "kms", "capacity", "secrets", "certificateId", certificate));
            Answer answer = call(operation.method(), path, b, null, body(operation));
            if (path.contains(aId)) {
                // A's resource looks exactly like one that does not exist: ids cannot even be probed.
                Answer none = call(operation.method(), fill(operation.path(), Map.of("id", unknown, "product", "kms",
                        "capacity", "secrets", "certificateId", unknownCertificate)), b, null, body(operation));
                assertThat(answer.status()).as(operation.key() + " as B on A's resource").isEqualTo(404);
                assertThat(answer.body().toString().replace(aId, unknown).replace(certificate, unknownCertificate))
                        .isEqualTo(none.body().toString());
            } else {
                assertThat(answer.status()).as(operation.key() + " as B").isLessThan(500);
                if (answer.body() != null) {
                    assertThat(answer.body().toString()).as(operation.key() + " answers nothing of A's")
                            .doesNotContain(a).doesNotContain(owned.subscription()).doesNotContain(owned.sslCertificate())
                            .doesNotContain(owned.ca());
                }
            }
        }
        assertThat(snapshot(owned)).isEqualTo(before);
    }

    /** A's resources the walk aims at. */
    record Owned(String account, String subscription, String sslCertificate, String ca) {
    }

    @Test
    @DisplayName("issue 6: the account comes from the token only; an X-Account-Id header naming another account is ignored")
    void headerCannotNameAnotherAccount() throws Exception {
        String a = account("10");
        String b = account("20");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts/me"))
                        .header("Authorization", "Bearer " + token(b, null)).header("X-Account-Id", a).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"id\":\"" + b + "\"").doesNotContain(a);
    }

    @Test
    @DisplayName("issue 6: opening an account needs the console backend's scope accounts:open")
    void accountOpeningNeedsTheConsoleScope() {
        String body = "{\"name\":\"X\",\"contacts\":[{\"name\":\"X\",\"email\":\"x@x.test\",\"roles\":[\"CREATOR\"]}]}";
        assertThat(call("POST", "/api/v1/accounts", "acc-demo-acme", null, body).status()).isEqualTo(403);
        assertThat(consoleBackend("POST", "/api/v1/accounts", body).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("issue 6 R-ACC-1: only the payment side (scope payments:credit) tops a balance up; the customer's own token cannot")
    void topUpNeedsThePaymentScope() {
        String account = account("10");
        assertThat(call("POST", "/api/v1/accounts/me/top-ups", account, null, "{\"amount\":1000}").status()).isEqualTo(403);
        assertThat(balance(account).value()).isEqualByComparingTo("10");
        assertThat(topUp(account, "1000").status()).isEqualTo(200);
        assertThat(balance(account).value()).isEqualByComparingTo("1010");
    }

    @Test
    @DisplayName("issue 6: every /admin operation refuses anyone but an operator (no credentials, a console token, a wrong password)")
    void everyAdminCallIsForOperators() {
        for (Operation operation : operations("/admin")) {
            String path = fill(operation.path(), Map.of("id", "ref-x"));
            // Without any credentials a change is refused by the CSRF check first (403), a read asks to log in (401).
            assertThat(send(operation.method(), path, null, null, body(operation)).status()).as(operation.key())
                    .isEqualTo(operation.method().equals("GET") ? 401 : 403);
            for (String authorization : new String[] {"Bearer " + token("acc-demo-acme", "accounts:open"),
                    basic(OPERATOR, "wrong"), basic("nobody", OPERATOR_PASSWORD)}) {
                Answer answer = send(operation.method(), path, authorization, null, body(operation));
                assertThat(answer.status()).as(operation.key() + " with " + authorization).isEqualTo(401);
            }
            Answer asOperator = operator(operation.method(), path, body(operation));
            assertThat(asOperator.status()).as(operation.key() + " as operator").isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    @DisplayName("issue 6: a Basic-authenticated admin call that is not JSON (what a forged cross-site form sends) needs a CSRF token")
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/simulation/lifecycle-runs"))
                        .header("Authorization", basic(OPERATOR, OPERATOR_PASSWORD))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"csrf-token-missing\"", "Content-Type: application/json");
    }

    @Test
    @DisplayName("issue 6: an operator's clock move and refund decision are audited with who, when, what and why")
    void operatorActionsAreAudited() {
        operator("POST", "/admin/simulation/clock", "{\"by\":\"PT1M\",\"reason\":\"audit test move\"}");
        Map<String, Object> move = jdbc.queryForMap(
                "SELECT operator, action, details, reason, recorded_at FROM audit_log WHERE reason = 'audit test move'");
        assertThat(move.get("operator")).isEqualTo(OPERATOR);
        assertThat(move.get("action")).isEqualTo("CLOCK_MOVED");
        assertThat((String) move.get("details")).startsWith("forward by PT1M");
        assertThat(move.get("recorded_at")).isNotNull();

        String account = account("30000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":12}").body().get("id").asText();
        String refund = call("POST", "/api/v1/subscriptions/" + id + "/refunds", account, null, null).body().get("id").asText();
        assertThat(operator("POST", "/admin/refunds/" + refund + "/decision", "{\"approve\":false,\"reason\":\"not eligible\"}")
                .body().get("decidedBy").asText()).isEqualTo(OPERATOR);
        Map<String, Object> decision = jdbc.queryForMap("SELECT operator, action, reason FROM audit_log WHERE target = ?", refund);
        assertThat(decision).containsEntry("operator", OPERATOR).containsEntry("action", "REFUND_REJECTED")
                .containsEntry("reason", "not eligible");
    }

    /** What A can see of itself, as text: account, subscriptions, certificates, CAs, ledger, in-site notices. */
    private Map<String, String> snapshot(Owned owned) {
        String account = owned.account();
        return Map.of(
                "me", call("GET", "/api/v1/accounts/me", account, null, null).body().toString(),
                "subscriptions", call("GET", "/api/v1/subscriptions", account, null, null).body().toString(),
                "subscription", call("GET", "/api/v1/subscriptions/" + owned.subscription(), account, null, null).body().toString(),
                "ssl", call("GET", "/api/v1/ssl-certificates/" + owned.sslCertificate(), account, null, null).body().toString(),
                "ca", call("GET", "/api/v1/private-cas/" + owned.ca(), account, null, null).body().toString(),
                "certificates", call("GET", "/api/v1/private-cas/" + owned.ca() + "/certificates", account, null, null).body().toString(),
                "ledger", call("GET", "/api/v1/accounts/me/ledger", account, null, null).body().toString(),
                "notices", call("GET", "/api/v1/notices", account, null, null).body().toString());
    }
}
