package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole application over HTTP on its embedded MariaDB: quotes, problems, health and the API document. */
class QuoteApiIT extends ConsoleApi {

    /** Quotes and the catalogue need a signed-in caller but no particular account. */
    private static final String CALLER = "acc-demo-acme";

    Answer post(String path, String body) {
        return call("POST", path, CALLER, null, body);
    }

    Answer get(String path) {
        return call("GET", path, CALLER, null, null);
    }

    @Test
    @DisplayName("R-SUB-1 a quote for 12 months of KMS basic is 29,988.00")
    void kmsBasicYear() {
        Answer answer = post("/api/v1/quotes", """
                {"product":"kms","edition":"basic","region":"ap-guangzhou","months":12}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("29988.00");
        assertThat(answer.body().get("priceVersion").asText()).isEqualTo("2022-03-24");
        assertThat(answer.body().get("lines").get(0).get("item").asText()).isEqualTo("kms.basic");
    }

    @Test
    @DisplayName("E3 through the API: 5,000,000 calls and 20,000,000 KB in Guangzhou → 45.26")
    void e3() {
        Answer answer = post("/api/v1/quotes", """
                {"product":"apigw","edition":"shared","region":"ap-guangzhou","usage":[
                  {"meter":"apigw.api-call","quantity":5000000},
                  {"meter":"apigw.traffic","quantity":20000000,"unit":"KILOBYTE"}]}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("45.26");
    }

    @Test
    @DisplayName("R-SUB-8 priced at an instant before the cut, the old version answers")
    void priceAtInstant() {
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
    void badInput(String body, int status, String field) {
        Answer answer = post("/api/v1/quotes", body);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("field").asText()).isEqualTo(field);
        assertThat(answer.body().has("detail")).isTrue();
    }

    @Test
    void healthAndApiDocument() {
        assertThat(get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        Answer docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/quotes")).isTrue();
    }

    @Test
    void catalogListings() {
        assertThat(get("/api/v1/catalog/products").body()).hasSize(5);
        assertThat(get("/api/v1/catalog/products/kms/editions").body().findValuesAsText("code")).contains("basic", "payg");
        assertThat(get("/api/v1/catalog/products/nope/editions").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("simulation: the operator moves the platform clock forward, never back; a reason over 500 characters moves nothing")
    void clock() {
        Answer before = operator("GET", "/admin/simulation/clock", null);
        Answer moved = operator("POST", "/admin/simulation/clock", "{\"by\":\"P1D\",\"reason\":\"test\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(java.time.Instant.parse(moved.body().get("now").asText()))
                .isAfter(java.time.Instant.parse(before.body().get("now").asText()).plusSeconds(86_000));
        assertThat(operator("POST", "/admin/simulation/clock", "{\"by\":\"-PT1H\"}").status()).isEqualTo(400);
        assertThat(operator("POST", "/admin/simulation/clock", "{\"by\":\"soon\"}").body().get("field").asText()).isEqualTo("by");
        java.time.Instant now = java.time.Instant.parse(operator("GET", "/admin/simulation/clock", null).body().get("now").asText());
        Answer tooLong = operator("POST", "/admin/simulation/clock", "{\"by\":\"P1D\",\"reason\":\"" + "x".repeat(501) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("field").asText()).isEqualTo("reason");
        assertThat(java.time.Instant.parse(operator("GET", "/admin/simulation/clock", null).body().get("now").asText()))
                .as("the clock did not move a day").isBefore(now.plusSeconds(3600));
    }
}
