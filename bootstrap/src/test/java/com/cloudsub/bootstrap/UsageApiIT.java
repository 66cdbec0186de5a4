package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.billing.SettleHour;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private void settle() {
        assertThat(operator("POST", "/admin/simulation/settlement-runs", null).status()).isEqualTo(200);
    }

    private Answer usage(String account, String... records) {
        return call("POST", "/api/v1/usage", account, null, "{\"records\":[" + String.join(",", records) + "]}");
    }

    private JsonNode bill(String account, String product, Instant periodStart) {
        for (JsonNode bill : call("GET", "/api/v1/bills?month=" + YearMonth.from(periodStart.atZone(SHANGHAI)), account, null, null).body()) {
            if (bill.get("product").asText().equals(product) && bill.get("periodStart").asText().equals(periodStart.toString())) {
                return bill;
            }
        }
        throw new AssertionError("no " + product + " bill for " + periodStart);
    }

    @Test
    @DisplayName("R-BIL-1 late usage: a record of a settled hour is refused with its index, field and reason, nothing of the batch is stored; "
            + "a record inside the settlement lag is accepted and billed")
    void lateUsageOfASettledHour() {
        String account = account("10");
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour.plus(Duration.ofMinutes(5)));
        assertThat(usage(account, record("h-1", "apigw.traffic", "1", "GIGABYTE", hour.plusSeconds(60))).status()).isEqualTo(200);
        moveTo(hour.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(5)));
        settle();
        Answer inLag = usage(account, record("h-2", "apigw.traffic", "1", "GIGABYTE", hour.plusSeconds(120)));
        assertThat(inLag.status()).as("the hour ended, but it is settled only after the lag").isEqualTo(200);
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        assertThat(bill(account, "apigw", hour).get("lines").get(0).get("quantity").decimalValue())
                .as("the record that came inside the lag is on the hour's bill").isEqualByComparingTo("2");

        Instant now = now();
        Answer late = usage(account, record("h-3", "apigw.traffic", "5", "GIGABYTE", now),
                record("h-4", "apigw.traffic", "1", "GIGABYTE", hour.plusSeconds(180)));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body().get("field").asText()).isEqualTo("records[1].occurredAt");
        JsonNode rejection = late.body().get("rejections").get(0);
        assertThat(late.body().get("rejections")).hasSize(1);
        assertThat(rejection.get("index").asInt()).isEqualTo(1);
        assertThat(rejection.get("field").asText()).isEqualTo("occurredAt");
        assertThat(rejection.get("reason").asText()).contains("the hour from " + hour, "already settled");
        assertThat(usage(account, record("h-3", "apigw.traffic", "5", "GIGABYTE", now)).body().get("accepted").asInt())
                .as("nothing of the refused batch was stored").isEqualTo(1);
    }

    @Test
    @DisplayName("R-KMS-P3 late usage: KMS calls of a month whose monthly bill has run are refused; before the bill runs they are accepted")
    void lateUsageOfASettledMonth() {
        String account = account("10");
        assertThat(call("POST", "/api/v1/payg-services", account, null, "{\"product\":\"kms\"}").status()).isEqualTo(201);
        YearMonth month = YearMonth.from(now().atZone(SHANGHAI));
        Instant next = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        String calls = "{\"eventId\":\"%s\",\"product\":\"kms\",\"region\":\"ap-guangzhou\",\"meter\":\"kms.api-call\","
                + "\"quantity\":30000,\"unit\":\"CALL\",\"occurredAt\":\"%s\"}";
        assertThat(usage(account, calls.formatted("k-1", now())).status()).isEqualTo(200);
        moveTo(next.minusSeconds(60));
        settle();
        assertThat(usage(account, calls.formatted("k-2", next.minusSeconds(30))).status()).isEqualTo(200);
        moveTo(next.plus(Duration.ofHours(1)));
        settle();
        assertThat(bill(account, "kms", month.atDay(1).atStartOfDay(SHANGHAI).toInstant()).get("total").decimalValue())
                .as("60,000 calls, 20,000 free, 40,000 × 0.6 per 10,000").isEqualByComparingTo("2.40");
        Answer late = usage(account, calls.formatted("k-3", next.minusSeconds(10)));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body().get("rejections").get(0).get("field").asText()).isEqualTo("occurredAt");
        assertThat(late.body().get("rejections").get(0).get("reason").asText()).contains("the month " + month, "already settled");
    }
}
