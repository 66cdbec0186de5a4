package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    Answer call(String method, String path, String account, String key, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (account != null) {
                request.header("X-Account-Id", account);
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An operator call to /admin/... (credentials are added here once authentication lands). */
    Answer operator(String method, String path, String body) {
        return call(method, path, null, null, body);
    }

    String account(String cash) {
        Answer opened = call("POST", "/api/v1/accounts", null, null, """
                {"name":"Acme","contacts":[{"name":"Ann","email":"ann@acme.test","phone":"+8613800000000","roles":["CREATOR"]}]}""");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.body().get("id").asText();
        assertThat(call("POST", "/api/v1/accounts/me/top-ups", id, null, "{\"amount\":" + cash + "}").status()).isEqualTo(200);
        return id;
    }

    BigDecimalView balance(String account) {
        return new BigDecimalView(call("GET", "/api/v1/accounts/me", account, null, null).body().get("available").decimalValue());
    }

    record BigDecimalView(java.math.BigDecimal value) {
    }

}
