package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The whole application over HTTP on its embedded MariaDB: quotes, problems, health and the API document. */
@SpringBootTest(classes = CloudSubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuoteApiIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    record Answer(int status, JsonNode body) {
    }

    Answer post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
    }

    Answer get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    @Test
    @DisplayName("R-SUB-1 a quote for 12 months of KMS basic is 29,988.00")
    void kmsBasicYear() throws Exception {
        Answer answer = post("/api/v1/quotes", """
                {"product":"kms","edition":"basic","region":"ap-guangzhou","months":12}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("29988.00");
        assertThat(answer.body().get("priceVersion").asText()).isEqualTo("2022-03-24");
        assertThat(answer.body().get("lines").get(0).get("item").asText()).isEqualTo("kms.basic");
    }

    @Test
    @DisplayName("E3 through the API: 5,000,000 calls and 20,000,000 KB in Guangzhou → 45.26")
    void e3() throws Exception {
        Answer answer = post("/api/v1/quotes", """
                {"product":"apigw","edition":"shared","region":"ap-guangzhou","usage":[
                  {"meter":"apigw.api-call","quantity":5000000},
                  {"meter":"apigw.traffic","quantity":20000000,"unit":"KILOBYTE"}]}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("45.26");
    }

    @Test
    @DisplayName("R-SUB-8 priced at an instant before the cut, the old version answers")
    void priceAtInstant() throws Exception {
        Answer answer = post("/api/v1/quotes", """
                {"product":"apigw","edition":"dedicated-professional","region":"ap-guangzhou","months":1,"at":"2022-03-24T09:59:59Z"}""");
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("9980.00");
        assertThat(answer.body().get("priceVersion").asText()).isEqualTo("2019-01");
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"product\":\"nope\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}|404|product",
            "{\"product\":\"kms\",\"edition\":\"gold\",\"region\":\"ap-guangzhou\",\"months\":1}|404|edition",
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"mars-1\",\"months\":1}|404|region",
            "{\"product\":\"ssm\",\"edition\":\"enterprise\",\"region\":\"na-ashburn\",\"months\":1}|422|region",
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":0}|400|months",
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1000}|400|months",
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":\"x\"}|400|months",
            "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\"}|400|months",
            "{\"product\":\"kms\",\"edition\":\"exclusive\",\"region\":\"ap-guangzhou\",\"months\":12}|422|edition",
            "{\"product\":\"ssm\",\"edition\":\"enterprise\",\"region\":\"ap-guangzhou\",\"months\":1,\"addOns\":{\"ssm.secret-pack\":-2}}|400|addOns",
            "{\"product\":\"ssm\",\"edition\":\"enterprise\",\"region\":\"ap-guangzhou\",\"months\":1,\"addOns\":{\"ssm.secret-pack\":99999}}|400|addOns",
            "{\"product\":\"apigw\",\"edition\":\"shared\",\"region\":\"ap-guangzhou\",\"usage\":[{\"meter\":\"apigw.api-call\",\"quantity\":-5}]}|400|usage[0].quantity",
            "{\"product\":\"apigw\",\"edition\":\"shared\",\"region\":\"ap-guangzhou\",\"usage\":[{\"meter\":\"apigw.api-call\",\"quantity\":1e30}]}|400|usage[0].quantity",
            "{\"product\":\"apigw\",\"edition\":\"shared\",\"region\":\"ap-guangzhou\",\"usage\":[{\"meter\":\"apigw.api-call\",\"quantity\":5,\"unit\":\"PARSEC\"}]}|400|usage[0].unit",
            "{\"product\":\"apigw\",\"edition\":\"shared\",\"region\":\"ap-guangzhou\",\"usage\":[{\"meter\":\"apigw.traffic\",\"quantity\":5,\"unit\":\"CALL\"}]}|400|usage",
            "{\"product\":\"kms\",\"edition\":\"basic\"}|400|region",
            "{not json|400|body"})
    @DisplayName("bad input answers a problem naming the field, never a 500")
    void badInput(String body, int status, String field) throws Exception {
        Answer answer = post("/api/v1/quotes", body);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("field").asText()).isEqualTo(field);
        assertThat(answer.body().has("detail")).isTrue();
    }

    @Test
    void healthAndApiDocument() throws Exception {
        assertThat(get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        Answer docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/quotes")).isTrue();
    }

    @Test
    void catalogListings() throws Exception {
        assertThat(get("/api/v1/catalog/products").body()).hasSize(5);
        assertThat(get("/api/v1/catalog/products/kms/editions").body().findValuesAsText("code")).contains("basic", "payg");
        assertThat(get("/api/v1/catalog/products/nope/editions").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("simulation: the operator moves the platform clock forward, never back")
    void clock() throws Exception {
        Answer before = get("/admin/simulation/clock");
        Answer moved = post("/admin/simulation/clock", "{\"by\":\"P1D\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(java.time.Instant.parse(moved.body().get("now").asText()))
                .isAfter(java.time.Instant.parse(before.body().get("now").asText()).plusSeconds(86_000));
        assertThat(post("/admin/simulation/clock", "{\"by\":\"-PT1H\"}").status()).isEqualTo(400);
        assertThat(post("/admin/simulation/clock", "{\"by\":\"soon\"}").body().get("field").asText()).isEqualTo("by");
    }
}
