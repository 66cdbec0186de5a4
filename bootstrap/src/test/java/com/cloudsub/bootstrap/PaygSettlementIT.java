package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.billing.SettleHour;
import com.cloudsub.application.billing.SettleMonth;
import com.cloudsub.application.usage.ChangeResource;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.ResourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pay-as-you-go through the settlement path: usage and resource states in over the API, the settlement jobs run as
 * the scheduler would, bills and their lines read back over the API. Times are relative to the platform clock.
 */
class PaygSettlementIT extends ConsoleApi {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    SettleHour settleHour;

    @Autowired
    SettleMonth settleMonth;

    @Autowired
    ChangeResource changeResource;

    private JsonNode settle() {
        Answer run = operator("POST", "/admin/simulation/settlement-runs", null);
        assertThat(run.status()).isEqualTo(200);
        return run.body();
    }

    /** An account whose API gateway was opened 400 days ago (second year: no free tier, as E3 says). */
    private String secondYearApigw(String cash) {
        String account = account(cash);
        assertThat(operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"apigw\",\"openedAt\":\""
                + now().minus(Duration.ofDays(400)) + "\"}").status()).isEqualTo(201);
        return account;
    }

    private static String record(String product, String region, String meter, String quantity, String unit, Instant at) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"product\":\"" + product + "\",\"region\":\"" + region + "\",\"meter\":\"" + meter
                + "\",\"quantity\":" + quantity + ",\"unit\":\"" + unit + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private void usage(String account, String... records) {
        Answer answer = call("POST", "/api/v1/usage", account, null, "{\"records\":[" + String.join(",", records) + "]}");
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
    }

    private List<JsonNode> bills(String account, Instant periodIn) {
        YearMonth month = YearMonth.from(periodIn.atZone(SHANGHAI));
        List<JsonNode> bills = new ArrayList<>();
        call("GET", "/api/v1/bills?month=" + month, account, null, null).body().forEach(bills::add);
        return bills;
    }

    private static JsonNode line(JsonNode bill, String meter, String region) {
        for (JsonNode line : bill.get("lines")) {
            if (line.get("meter").asText().equals(meter) && line.get("region").asText().equals(region)) {
                return line;
            }
        }
        throw new AssertionError("no line " + meter + " " + region + " in " + bill);
    }

    /** The start of the next whole hour, with the clock moved there. */
    private Instant nextHour() {
        Instant hour = now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        moveTo(hour);
        return hour;
    }

    private Instant nextMonthStart() {
        Instant first = YearMonth.from(now().atZone(SHANGHAI)).plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        moveTo(first);
        return first;
    }

    @Test
    @DisplayName("E4 R-APG-2 R-BIL-1 10 GB in Guangzhou within one hour → a bill for that hour of 8.00, settled after the hour")
    void e4() {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(59)).plusSeconds(59));
        usage(account, record("apigw", "ap-guangzhou", "apigw.traffic", "5", "GIGABYTE", hour),
                record("apigw", "ap-guangzhou", "apigw.traffic", "5120", "MEGABYTE", hour.plus(Duration.ofMinutes(59)).plusSeconds(59)));
        settle();
        assertThat(bills(account, hour)).as("not settled before the hour has ended plus the lag").isEmpty();
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        List<JsonNode> bills = bills(account, hour);
        assertThat(bills).hasSize(1);
        JsonNode bill = bills.get(0);
        assertThat(bill.get("periodStart").asText()).isEqualTo(hour.toString());
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("8.00");
        JsonNode traffic = line(bill, "apigw.traffic", "ap-guangzhou");
        assertThat(traffic.get("rule").asText()).isEqualTo("R-APG-2");
        assertThat(traffic.get("priceVersion").asText()).isEqualTo("2019-01");
        assertThat(traffic.get("steps").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(balance(account).value()).isEqualByComparingTo("92.00");
    }

    @Test
    @DisplayName("E3 R-APG-1 R-APG-2 second year: 5,000,000 calls → 30.00, 20,000,000 KB of traffic → 15.26, bill 45.26")
    void e3() {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(30)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.api-call", "5000000", "CALL", hour.plusSeconds(5)),
                record("apigw", "ap-guangzhou", "apigw.traffic", "15000000", "KILOBYTE", hour.plusSeconds(6)),
                record("apigw", "ap-guangzhou", "apigw.traffic", "5000000", "KILOBYTE", hour.plusSeconds(7)));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        JsonNode bill = bills(account, hour).get(0);
        assertThat(line(bill, "apigw.api-call", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(line(bill, "apigw.api-call", "ap-guangzhou").get("steps").get(0).get("description").asText()).contains("tier (0, 10000000]");
        assertThat(line(bill, "apigw.traffic", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("15.26");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("45.26");
        JsonNode summary = call("GET", "/api/v1/usage/summary?month=" + YearMonth.from(hour.atZone(SHANGHAI)), account, null, null).body();
        assertThat(summary.findValuesAsText("meter")).containsExactly("apigw.api-call", "apigw.traffic");
        assertThat(summary.get(0).get("quantity").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(call("GET", "/api/v1/usage/summary?month=2026-13", account, null, null).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("E5 R-APG-4 R-APG-5 a bought 5M call pack pays 3M Guangzhou and 0.5M Hong Kong calls; traffic is billed 8.00 + 3.00")
    void e5() {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        Answer pack = call("POST", "/api/v1/packs", account, "pack-" + UUID.randomUUID(), "{\"edition\":\"call-pack-5m\"}");
        assertThat(pack.status()).isEqualTo(201);
        assertThat(Instant.parse(pack.body().get("expiresAt").asText()))
                .isEqualTo(Instant.parse(pack.body().get("effectiveAt").asText()).plus(Duration.ofDays(30)));
        moveTo(hour.plus(Duration.ofMinutes(20)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.api-call", "3000000", "CALL", hour.plusSeconds(10)),
                record("apigw", "ap-guangzhou", "apigw.traffic", "10", "GIGABYTE", hour.plusSeconds(11)),
                record("apigw", "ap-hongkong", "apigw.api-call", "500000", "CALL", hour.plusSeconds(12)),
                record("apigw", "ap-hongkong", "apigw.traffic", "3", "GIGABYTE", hour.plusSeconds(13)));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        JsonNode bill = bills(account, hour).get(0);
        assertThat(line(bill, "apigw.api-call", "ap-guangzhou").get("fromPacks").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(line(bill, "apigw.api-call", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(line(bill, "apigw.api-call", "ap-hongkong").get("packUses").get(0).get("packId").asText())
                .isEqualTo(pack.body().get("id").asText());
        assertThat(line(bill, "apigw.traffic", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(line(bill, "apigw.traffic", "ap-hongkong").get("amount").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("11.00");
        JsonNode packs = call("GET", "/api/v1/packs", account, null, null).body();
        assertThat(packs.get(0).get("remaining").decimalValue()).isEqualByComparingTo("1500000");
        assertThat(balance(account).value()).isEqualByComparingTo(new BigDecimal("100").subtract(new BigDecimal("25.50")).subtract(new BigDecimal("11.00")));
        Answer refund = call("POST", "/api/v1/packs/" + pack.body().get("id").asText() + "/refunds", account, null, null);
        assertThat(refund.status()).isEqualTo(422);
        assertThat(refund.body().get("code").asText()).isEqualTo("pack-used");
    }

    @Test
    @DisplayName("R-APG-3 the free tier: a new API gateway gets 1,000,000 calls per 30-day cycle, a fresh cycle starts again at the boundary")
    void freeTierCycleBoundary() {
        String account = account("100");
        assertThat(call("POST", "/api/v1/payg-services", account, null, "{\"product\":\"apigw\"}").status()).isEqualTo(201);
        Instant opened = Instant.parse(call("GET", "/api/v1/payg-services", account, null, null).body().get(0).get("openedAt").asText());
        Instant boundary = opened.plus(Duration.ofDays(30));
        Instant hour = boundary.truncatedTo(ChronoUnit.HOURS);
        moveTo(boundary.plus(Duration.ofMinutes(1)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.api-call", "1200000", "CALL", boundary.minusNanos(1000)),
                record("apigw", "ap-guangzhou", "apigw.api-call", "1200000", "CALL", boundary));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        JsonNode calls = line(bills(account, hour).get(0), "apigw.api-call", "ap-guangzhou");
        assertThat(calls.get("freeTier").decimalValue()).isEqualByComparingTo("2000000");
        assertThat(calls.get("payg").decimalValue()).isEqualByComparingTo("400000");
        assertThat(calls.get("amount").decimalValue()).isEqualByComparingTo("2.40");
    }

    private JsonNode billOf(String account, Instant periodStart) {
        return bills(account, periodStart).stream().filter(b -> b.get("periodStart").asText().equals(periodStart.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no bill for " + periodStart));
    }

    @Test
    @DisplayName("R-APG-10 A-71 1,000,000 WebSocket calls are billed 0.00 and use neither the free tier nor the call tiers; their traffic is billed")
    void webSocketCalls() {
        String account = account("100");
        assertThat(call("POST", "/api/v1/payg-services", account, null, "{\"product\":\"apigw\"}").status()).isEqualTo(201);
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(20)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.websocket-call", "1000000", "CALL", hour.plusSeconds(1)),
                record("apigw", "ap-guangzhou", "apigw.api-call", "1000000", "CALL", hour.plusSeconds(2)),
                record("apigw", "ap-guangzhou", "apigw.traffic", "3", "GIGABYTE", hour.plusSeconds(3)));
        Instant next = hour.plus(Duration.ofHours(1));
        moveTo(next.plus(Duration.ofMinutes(20)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.api-call", "10000000", "CALL", next.plusSeconds(1)));
        moveTo(next.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();

        JsonNode first = billOf(account, hour);
        JsonNode webSocket = line(first, "apigw.websocket-call", "ap-guangzhou");
        assertThat(webSocket.get("quantity").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(webSocket.get("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(webSocket.get("packUses")).isEmpty();
        assertThat(webSocket.get("rule").asText()).isEqualTo("R-APG-10");
        assertThat(webSocket.get("explanation").asText()).contains("R-APG-10");
        JsonNode calls = line(first, "apigw.api-call", "ap-guangzhou");
        assertThat(calls.get("freeTier").decimalValue()).as("the free tier is whole for ordinary calls").isEqualByComparingTo("1000000");
        assertThat(calls.get("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(line(first, "apigw.traffic", "ap-guangzhou").get("amount").decimalValue()).as("1 GB free, 2 GB × 0.80")
                .isEqualByComparingTo("1.60");
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("1.60");
        // the next hour's 10,000,000 calls all stay in the first tier: WebSocket calls did not advance the month's count
        JsonNode second = billOf(account, next);
        assertThat(line(second, "apigw.api-call", "ap-guangzhou").get("steps")).hasSize(1);
        assertThat(second.get("total").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(balance(account).value()).isEqualByComparingTo("38.40");
    }

    @Test
    @DisplayName("E1 R-SSM-L1 R-SSM-L3 R-SSM-L5 100 secrets all month, 60,000 calls → monthly bill on the 3rd: 300.00 + 2.40 = 302.40")
    void e1() {
        String account = account("1000");
        assertThat(operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"ssm\",\"openedAt\":\""
                + now() + "\"}").status()).isEqualTo(201);
        Instant monthStart = nextMonthStart();
        YearMonth month = YearMonth.from(monthStart.atZone(SHANGHAI));
        for (int i = 0; i < 100; i++) {
            assertThat(call("POST", "/api/v1/resources", account, null, "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}").status()).isEqualTo(201);
        }
        Instant nextMonth = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        moveTo(nextMonth.plus(Duration.ofMinutes(1)));
        List<String> records = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            records.add(record("ssm", "ap-guangzhou", "ssm.api-call", "2000", "CALL",
                    month.atDay(day).atStartOfDay(SHANGHAI).toInstant().plus(Duration.ofHours(12))));
        }
        usage(account, records.toArray(String[]::new));
        settle();
        assertThat(bills(account, monthStart)).as("SSM legacy settles on the 3rd of the next month").isEmpty();
        moveTo(month.plusMonths(1).atDay(3).atStartOfDay(SHANGHAI).toInstant().plus(Duration.ofMinutes(30)));
        settle();
        List<JsonNode> bills = bills(account, monthStart);
        assertThat(bills).hasSize(1);
        JsonNode bill = bills.get(0);
        assertThat(bill.get("cadence").asText()).isEqualTo("MONTH");
        assertThat(line(bill, "ssm.secret", "ap-guangzhou").get("quantity").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(100L * month.lengthOfMonth()));
        assertThat(line(bill, "ssm.secret", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(line(bill, "ssm.api-call", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("302.40");
        assertThat(balance(account).value()).isEqualByComparingTo("697.60");

        // R-GEN-6: every settlement job re-run for the same periods changes nothing
        settle();
        settleMonth.settle("ssm", month);
        assertThat(bills(account, monthStart)).hasSize(1);
        assertThat(balance(account).value()).isEqualByComparingTo("697.60");
    }

    @Test
    @DisplayName("R-SSM-L1 R-SSM-L4 a month with secrets created, disabled and scheduled for deletion mid-month; calls below the minimum")
    void ssmMonthWithChanges() {
        String account = account("1000");
        operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"ssm\",\"openedAt\":\"" + now() + "\"}");
        Instant start = nextMonthStart();
        YearMonth month = YearMonth.from(start.atZone(SHANGHAI));
        String a = call("POST", "/api/v1/resources", account, null, "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}").body().get("id").asText();
        String c = call("POST", "/api/v1/resources", account, null, "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}").body().get("id").asText();
        moveTo(day(month, 11).plus(Duration.ofHours(10)));
        String b = call("POST", "/api/v1/resources", account, null, "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}").body().get("id").asText();
        assertThat(change(account, a, "DISABLED").status()).isEqualTo(200);
        moveTo(day(month, 16).plus(Duration.ofMinutes(5)));
        assertThat(change(account, b, "PENDING_DELETION").status()).isEqualTo(200);
        moveTo(day(month, 21).plus(Duration.ofHours(23)));
        assertThat(change(account, c, "PENDING_DELETION").status()).isEqualTo(200);
        assertThat(change(account, c, "ENABLED").status()).as("a deletion can be cancelled").isEqualTo(200);
        assertThat(change(account, c, "PENDING_DELETION").status()).isEqualTo(200);
        moveTo(day(month, 28));
        assertThat(change(account, c, "DELETED").status()).isEqualTo(200);
        assertThat(change(account, c, "ENABLED").status()).as("deleted is final").isEqualTo(409);
        usage(account, record("ssm", "ap-guangzhou", "ssm.api-call", "5000", "CALL", now()));
        moveTo(month.plusMonths(1).atDay(3).atStartOfDay(SHANGHAI).toInstant().plus(Duration.ofHours(1)));
        settle();
        JsonNode bill = bills(account, start).get(0);
        int days = month.lengthOfMonth();
        long secretDays = days + 6 + 21; // a: all month (disabled still billed); b: days 11–16; c: days 1–21
        assertThat(line(bill, "ssm.secret", "ap-guangzhou").get("quantity").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(secretDays));
        BigDecimal storage = new BigDecimal("3").multiply(BigDecimal.valueOf(secretDays))
                .divide(BigDecimal.valueOf(days), 2, java.math.RoundingMode.HALF_UP);
        assertThat(line(bill, "ssm.secret", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo(storage);
        assertThat(line(bill, "ssm.api-call", "ap-guangzhou").get("amount").decimalValue()).as("5,000 calls are charged as 10,000")
                .isEqualByComparingTo("0.40");
        assertThat(line(bill, "ssm.api-call", "ap-guangzhou").get("explanation").asText()).contains("minimum");
    }

    private static Instant day(YearMonth month, int day) {
        return month.atDay(day).atStartOfDay(SHANGHAI).toInstant();
    }

    private Answer change(String account, String resource, String state) {
        return call("POST", "/api/v1/resources/" + resource + "/state-changes", account, null, "{\"state\":\"" + state + "\"}");
    }

    @Test
    @DisplayName("R-GEN-6 two nodes settling the same hour at once, and re-runs, bill each account once")
    void raceAndRerun() throws Exception {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(1)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.traffic", "1", "GIGABYTE", hour.plusSeconds(30)));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        CompletableFuture<SettleHour.Result> one = CompletableFuture.supplyAsync(() -> settleHour.settle(hour));
        CompletableFuture<SettleHour.Result> two = CompletableFuture.supplyAsync(() -> settleHour.settle(hour));
        one.get();
        two.get();
        settle();
        settleHour.settle(hour);
        assertThat(bills(account, hour)).hasSize(1);
        assertThat(balance(account).value()).isEqualByComparingTo("99.20");
    }

    @Test
    @DisplayName("CSV: GET /api/v1/bills/{id} with Accept: text/csv and /api/v1/bills/{id}.csv give the lines and the total")
    void csv() throws Exception {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(1)));
        usage(account, record("apigw", "ap-guangzhou", "apigw.traffic", "10", "GIGABYTE", hour.plusSeconds(30)));
        moveTo(hour.plus(Duration.ofHours(1)).plus(SettleHour.LAG));
        settle();
        String id = bills(account, hour).get(0).get("id").asText();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> byAccept = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/bills/" + id)).header("Authorization", "Bearer " + token(account, null))
                .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> byName = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/bills/" + id + ".csv")).header("Authorization", "Bearer " + token(account, null)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(byAccept.body()).isEqualTo(byName.body());
        String[] rows = byAccept.body().split("\r\n");
        assertThat(rows[0]).startsWith("bill_id,product,cadence");
        assertThat(rows[1]).contains("apigw.traffic,ap-guangzhou").contains(",8.00,");
        assertThat(rows[rows.length - 1]).contains(",total,").contains("8.00");
    }

    @Test
    @DisplayName("R-APG-8 a pay-as-you-go dedicated basic instance bills its seconds each hour: half an hour 2.97, then a quarter 1.49")
    void dedicatedInstance() {
        String account = secondYearApigw("100");
        Instant hour = nextHour();
        moveTo(hour.plus(Duration.ofMinutes(30)));
        Answer created = call("POST", "/api/v1/resources", account, null,
                "{\"kind\":\"DEDICATED_INSTANCE\",\"region\":\"ap-guangzhou\",\"edition\":\"dedicated-basic-hourly\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("meter").asText()).isEqualTo("apigw.dedicated-basic.hour");
        moveTo(hour.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(15)));
        assertThat(change(account, created.body().get("id").asText(), "RELEASED").status()).isEqualTo(200);
        moveTo(hour.plus(Duration.ofHours(2)).plus(SettleHour.LAG));
        settle();
        List<JsonNode> bills = bills(account, hour);
        assertThat(bills).extracting(b -> b.get("total").decimalValue().toPlainString()).containsExactly("1.49", "2.97");
        JsonNode line = bills.get(1).get("lines").get(0);
        assertThat(line.get("resource").asText()).isEqualTo(created.body().get("id").asText());
        assertThat(line.get("rule").asText()).isEqualTo("R-APG-8");
        assertThat(line.get("unit").asText()).isEqualTo("SECOND");
    }

    @Test
    @DisplayName("R-APG-8 A-30 creating a pay-as-you-go instance freezes one hour (5.94); refused without it; frozen money cannot buy a pack; release frees it")
    void instanceFreeze() {
        String instance = "{\"kind\":\"DEDICATED_INSTANCE\",\"region\":\"ap-guangzhou\",\"edition\":\"dedicated-basic-hourly\"}";
        String poor = secondYearApigw("5");
        Answer refused = call("POST", "/api/v1/resources", poor, null, instance);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("field").asText()).isEqualTo("balance");
        assertThat(refused.body().get("code").asText()).isEqualTo("insufficient-balance");
        assertThat(call("GET", "/api/v1/resources", poor, null, null).body()).as("nothing was created").isEmpty();
        assertThat(call("GET", "/api/v1/accounts/me", poor, null, null).body().get("frozen").decimalValue()).isEqualByComparingTo("0");

        String account = secondYearApigw("30");
        Answer created = call("POST", "/api/v1/resources", account, null, instance);
        assertThat(created.status()).isEqualTo(201);
        JsonNode me = call("GET", "/api/v1/accounts/me", account, null, null).body();
        assertThat(me.get("frozen").decimalValue()).isEqualByComparingTo("5.94");
        assertThat(me.get("available").decimalValue()).isEqualByComparingTo("30.00");
        Answer pack = call("POST", "/api/v1/packs", account, "pack-" + UUID.randomUUID(), "{\"edition\":\"call-pack-5m\"}");
        assertThat(pack.status()).as("25.50 needs the frozen money: 30.00 - 5.94 = 24.06").isEqualTo(422);
        assertThat(pack.body().get("field").asText()).isEqualTo("balance");
        assertThat(balance(account).value()).isEqualByComparingTo("30.00");

        assertThat(change(account, created.body().get("id").asText(), "RELEASED").status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/accounts/me", account, null, null).body().get("frozen").decimalValue()).isEqualByComparingTo("0");
        assertThat(call("POST", "/api/v1/packs", account, "pack-" + UUID.randomUUID(), "{\"edition\":\"call-pack-5m\"}").status())
                .as("released, the money pays the pack").isEqualTo(201);
        JsonNode history = call("GET", "/api/v1/accounts/me/frozen-funds", account, null, null).body();
        assertThat(history.findValuesAsText("kind")).containsExactly("FREEZE", "RELEASE");
        assertThat(history.findValuesAsText("resourceId")).containsOnly(created.body().get("id").asText());
        assertThat(history.get(0).get("amount").decimalValue()).isEqualByComparingTo("5.94");
        assertThat(history.get(1).get("amount").decimalValue()).isEqualByComparingTo("5.94");
        assertThat(history.findValuesAsText("rule")).containsOnly("R-APG-8");
        assertThat(call("GET", "/api/v1/accounts/me/frozen-funds", poor, null, null).body()).isEmpty();
    }

    @Test
    @DisplayName("R-KMS-P1 R-KMS-P2 R-KMS-P3 a KMS month: customer keys 0.2 per key-day, service keys free, 20,000 calls free then 0.6 per 10,000")
    void kmsMonth() {
        String account = account("1000");
        assertThat(call("POST", "/api/v1/payg-services", account, null, "{\"product\":\"kms\"}").status()).isEqualTo(201);
        Instant start = nextMonthStart();
        YearMonth month = YearMonth.from(start.atZone(SHANGHAI));
        for (String kind : List.of("CUSTOMER_KEY", "CUSTOMER_KEY", "SERVICE_KEY")) {
            assertThat(call("POST", "/api/v1/resources", account, null, "{\"kind\":\"" + kind + "\",\"region\":\"ap-guangzhou\"}").status())
                    .isEqualTo(201);
        }
        usage(account, record("kms", "ap-guangzhou", "kms.api-call", "30000", "CALL", now()));
        moveTo(month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant().plus(Duration.ofHours(1)));
        settle();
        JsonNode bill = bills(account, start).get(0);
        int days = month.lengthOfMonth();
        assertThat(line(bill, "kms.customer-key", "ap-guangzhou").get("amount").decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.2").multiply(BigDecimal.valueOf(2L * days)));
        assertThat(line(bill, "kms.service-key", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(line(bill, "kms.api-call", "ap-guangzhou").get("amount").decimalValue()).isEqualByComparingTo("0.60");
        assertThat(line(bill, "kms.api-call", "ap-guangzhou").get("explanation").asText()).contains("free allowance");
    }

    @Test
    @DisplayName("R-SSM-L2 an SSM legacy account holds at most 1,000 secrets: the 1,001st is refused and nothing is created")
    void atMostAThousandSecrets() {
        String account = account("100");
        assertThat(operator("POST", "/admin/payg-services", "{\"accountId\":\"" + account + "\",\"product\":\"ssm\",\"openedAt\":\""
                + now() + "\"}").status()).isEqualTo(201);
        for (int i = 0; i < ChangeResource.MAX_SECRETS; i++) {
            changeResource.create(new ChangeResource.Create(new AccountId(account), ResourceKind.SECRET, "ap-guangzhou", null));
        }
        Answer refused = call("POST", "/api/v1/resources", account, null, "{\"kind\":\"SECRET\",\"region\":\"ap-guangzhou\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("secret-limit");
        assertThat(call("GET", "/api/v1/resources", account, null, null).body()).hasSize(ChangeResource.MAX_SECRETS);
    }
}
