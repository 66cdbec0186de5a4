package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Usage ingestion over HTTP: idempotent by event id, validated per record, refused as a whole. */
class UsageApiIT extends ConsoleApi {

    private static String record(String eventId, String meter, String quantity, String unit, Instant at) {
        return "{\"eventId\":\"" + eventId + "\",\"product\":\"apigw\",\"region\":\"ap-guangzhou\",\"meter\":\"" + meter
                + "\",\"quantity\":" + quantity + ",\"unit\":\"" + unit + "\",\"occurredAt\":\"" + at + "\"}";
    }

    @Test
    @DisplayName("R-GEN-6 a resent batch counts once")
    void idempotentByEventId() {
        String account = account("10");
        Instant now = now();
        String batch = "{\"records\":[" + record("e-1", "apigw.api-call", "5000", "CALL", now) + ","
                + record("e-2", "apigw.traffic", "1048576", "BYTE", now) + "]}";
        Answer first = call("POST", "/api/v1/usage", account, null, batch);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("accepted").asInt()).isEqualTo(2);
        Answer again = call("POST", "/api/v1/usage", account, null, batch);
        assertThat(again.body().get("accepted").asInt()).isEqualTo(0);
        assertThat(again.body().get("duplicates").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("a batch with bad records is refused whole, naming each bad record's index and field; nothing is stored")
    void refusedWhole() {
        String account = account("10");
        Instant now = now();
        String batch = "{\"records\":[" + record("ok-1", "apigw.api-call", "5", "CALL", now) + ","
                + record("bad-1", "apigw.nope", "5", "CALL", now) + ","
                + record("bad-2", "apigw.traffic", "5", "CALL", now) + ","
                + record("bad-3", "apigw.api-call", "5", "CALL", now.plusSeconds(86_400)) + ","
                + record("bad-4", "apigw.api-call", "5", "CALL", now.minusSeconds(86_400 * 400L)) + "]}";
        Answer refused = call("POST", "/api/v1/usage", account, null, batch);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("rejections").findValuesAsText("index")).containsExactly("1", "2", "3", "4");
        assertThat(refused.body().get("rejections").findValuesAsText("field")).containsExactly("item", "unit", "occurredAt", "occurredAt");
        Answer retry = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + record("ok-1", "apigw.api-call", "5", "CALL", now) + "]}");
        assertThat(retry.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(call("POST", "/api/v1/usage", account, null, "{\"records\":[" + record("n", "apigw.api-call", "-1", "CALL", now) + "]}")
                .body().get("field").asText()).isEqualTo("records[0].quantity");
        assertThat(call("POST", "/api/v1/usage", "acc-nope", null, "{\"records\":[" + record("n", "apigw.api-call", "1", "CALL", now) + "]}")
                .status()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/usage", account, null, "{\"records\":[]}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("a record missing a field or with an unreadable time is a 400 naming records[i].field; nothing is stored")
    void malformedRecordsNameTheirField() {
        String account = account("10");
        Instant now = now();
        String good = record("m-1", "apigw.api-call", "5", "CALL", now);
        Answer noMeter = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + good + ","
                + good.replace("m-1", "m-2").replace("\"meter\":\"apigw.api-call\",", "") + "]}");
        assertThat(noMeter.status()).isEqualTo(400);
        assertThat(noMeter.body().get("field").asText()).isEqualTo("records[1].meter");
        Answer badTime = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + good.replace(now.toString(), "2026-13-01T00:00:00Z") + "]}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body().get("field").asText()).isEqualTo("records[0].occurredAt");
        Answer tooPrecise = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + record("m-3", "apigw.api-call", "1.0000001", "CALL", now) + "]}");
        assertThat(tooPrecise.status()).isEqualTo(422);
        assertThat(tooPrecise.body().get("rejections").findValuesAsText("field")).containsExactly("quantity");
        assertThat(call("POST", "/api/v1/usage", account, null, "{\"records\":[" + good + "]}").body().get("accepted").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-GEN-6 event ids are exact: 'e-1' and 'E-1' are two events, an offset time is the same instant")
    void eventIdsAreExact() {
        String account = account("10");
        Instant now = now();
        String offset = now.atOffset(java.time.ZoneOffset.ofHours(8)).toString();
        Answer both = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + record("x-1", "apigw.api-call", "1", "CALL", now) + ","
                + record("X-1", "apigw.api-call", "1", "CALL", now).replace(now.toString(), offset) + "]}");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.body().get("accepted").asInt()).isEqualTo(2);
    }
}
