package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application over HTTP, as the console backend calls it. */
@SpringBootTest(classes = CloudSubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ConsoleApi {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    record Answer(int status, JsonNode body) {
    }

    /** The values in {@code application-test.yml}. */
    static final String JWT_SECRET = "test-secret-for-integration-tests-only-0123456789";
    static final String OPERATOR = "admin";
    static final String OPERATOR_PASSWORD = "test-operator-password";

    /** A console call acting for {@code account} (a valid bearer token for it), or without credentials when null. */
    Answer call(String method, String path, String account, String key, String body) {
        return send(method, path, account == null ? null : "Bearer " + token(account, null), key, body);
    }

    /** An operator's admin API call (HTTP Basic, JSON). */
    Answer operator(String method, String path, String body) {
        return send(method, path, basic(OPERATOR, OPERATOR_PASSWORD), null, body);
    }

    /** The console backend's call: a token with the scope {@code accounts:open} that acts for no account. */
    Answer consoleBackend(String method, String path, String body) {
        return send(method, path, "Bearer " + token("console-backend", "accounts:open"), null, body);
    }

    /** A top-up as the payment side sends it for {@code account} once the money arrived (scope payments:credit). */
    Answer topUp(String account, String amount) {
        return send("POST", "/api/v1/accounts/me/top-ups", "Bearer " + token(account, "payments:credit"), null, "{\"amount\":" + amount + "}");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An HS256 token signed with {@code secret}, valid for an hour of real time. */
    static String token(String subject, String scope, String secret) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                    .expirationTime(Date.from(Instant.ofEpochMilli(new Date().getTime()).plusSeconds(3600)));
            if (scope != null) {
                claims.claim("scope", scope);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String subject, String scope) {
        return token(subject, scope, JWT_SECRET);
    }

    /** A raw call with the given {@code Authorization} header value (or none). */
    Answer send(String method, String path, String authorization, String key, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(false);
            return new Answer(response.statusCode(), text.isEmpty() ? null : isJson ? json.readTree(text) : TextNode.valueOf(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String account(String cash) {
        Answer opened = consoleBackend("POST", "/api/v1/accounts", """
                {"name":"Acme","contacts":[{"name":"Ann","email":"ann@acme.test","phone":"+8613800000000","roles":["CREATOR"]}]}""");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.body().get("id").asText();
        assertThat(topUp(id, cash).status()).isEqualTo(200);
        return id;
    }

    BigDecimalView balance(String account) {
        return new BigDecimalView(call("GET", "/api/v1/accounts/me", account, null, null).body().get("available").decimalValue());
    }

    record BigDecimalView(java.math.BigDecimal value) {
    }

    /** The platform clock, read over the API. */
    java.time.Instant now() {
        return java.time.Instant.parse(operator("GET", "/admin/simulation/clock", null).body().get("now").asText());
    }

    /** Moves the platform clock forward to {@code target} (the clock only moves forward). */
    void moveTo(java.time.Instant target) {
        java.time.Duration by = java.time.Duration.between(now(), target);
        assertThat(by.isNegative()).as("the clock only moves forward, to " + target).isFalse();
        assertThat(operator("POST", "/admin/simulation/clock", "{\"by\":\"" + by + "\"}").status()).isEqualTo(200);
    }
}
