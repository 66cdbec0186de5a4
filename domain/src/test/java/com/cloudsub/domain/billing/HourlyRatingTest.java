package com.cloudsub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.TestCatalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.FreeTier;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.domain.usage.PackKind;
import com.cloudsub.domain.usage.PackSource;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourcePack;
import com.cloudsub.domain.usage.UsageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rating an API gateway hour: packs, free tier, tiers, traffic zones, dedicated seconds. */
class HourlyRatingTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final Catalog CATALOG = TestCatalog.standard();
    private static final Instant HOUR = Instant.parse("2026-11-22T23:00:00Z"); // 07:00 Asia/Shanghai
    private int events;

    private UsageRecord record(String meter, String region, Quantity q, Instant at) {
        return new UsageRecord(ACCOUNT, "e-" + events++, "apigw", region, meter, q, at);
    }

    private static List<BillLine> rate(List<UsageRecord> records, List<ResourcePack> packs, long priorCalls, List<PaygResource> instances,
                                       List<Interval> stops) {
        return HourlyRating.rate(new HourlyRating.Input(CATALOG, BillingCalendar.SHANGHAI, HOUR, records, packs, Quantity.calls(priorCalls),
                instances, stops));
    }

    private static Money total(List<BillLine> lines) {
        return lines.stream().map(BillLine::amount).reduce(Money.zero(Money.CNY), Money::plus);
    }

    @Test
    @DisplayName("E3 R-APG-1 R-APG-2 R-GEN-3 second year: 5,000,000 calls → 30.00; 3 KB + 1 KB per call at 0.80/GB → 15.26; 45.26")
    void e3() {
        List<BillLine> lines = rate(List.of(
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(5_000_000), HOUR.plusSeconds(60)),
                record("apigw.traffic", "ap-guangzhou", Quantity.of(15_000_000, Unit.KILOBYTE), HOUR.plusSeconds(61)),
                record("apigw.traffic", "ap-guangzhou", Quantity.of(5_000_000, Unit.KILOBYTE), HOUR.plusSeconds(62))),
                new ArrayList<>(), 0, List.of(), List.of());
        assertThat(lines).extracting(BillLine::amount).containsExactly(Money.cny("30.00"), Money.cny("15.26"));
        assertThat(total(lines)).isEqualTo(Money.cny("45.26"));
        assertThat(lines.get(0).explanation()).contains("tier (0, 10000000]", "0.06", "2019-01", "R-APG-1");
    }

    @Test
    @DisplayName("E4 R-APG-2 10 GB in Guangzhou in 07:00:00–07:59:59 → 8.00 for that hour")
    void e4() {
        List<BillLine> lines = rate(List.of(record("apigw.traffic", "ap-guangzhou", Quantity.of(10, Unit.GIGABYTE), HOUR.plusSeconds(3599))),
                new ArrayList<>(), 0, List.of(), List.of());
        assertThat(total(lines)).isEqualTo(Money.cny("8.00"));
    }

    @Test
    @DisplayName("E5 R-APG-5 a 5M call pack pays 3M Guangzhou + 0.5M Hong Kong calls; their traffic is paid: 8.00 + 3.00")
    void e5() {
        List<ResourcePack> packs = new ArrayList<>(List.of(ResourcePack.purchased("pack", ACCOUNT, PackKind.CALLS, "apigw.call-pack-5m",
                Quantity.calls(5_000_000), HOUR.minus(Duration.ofDays(3)), Payment.none(), "2019-01")));
        List<BillLine> lines = rate(List.of(
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(3_000_000), HOUR.plusSeconds(1)),
                record("apigw.traffic", "ap-guangzhou", Quantity.of(10, Unit.GIGABYTE), HOUR.plusSeconds(2)),
                record("apigw.api-call", "ap-hongkong", Quantity.calls(500_000), HOUR.plusSeconds(3)),
                record("apigw.traffic", "ap-hongkong", Quantity.of(3, Unit.GIGABYTE), HOUR.plusSeconds(4))),
                packs, 0, List.of(), List.of());
        assertThat(lines).extracting(l -> l.meter() + " " + l.region() + " " + l.amount().toPlainString()).containsExactly(
                "apigw.api-call ap-guangzhou 0.00", "apigw.api-call ap-hongkong 0.00",
                "apigw.traffic ap-guangzhou 8.00", "apigw.traffic ap-hongkong 3.00");
        assertThat(lines.get(0).fromPacks()).isEqualByComparingTo(Quantity.calls(3_000_000));
        assertThat(packs.get(0).remaining()).isEqualByComparingTo(Quantity.calls(1_500_000));
    }

    @Test
    @DisplayName("R-APG-1 A-44 tiers run on the month's cumulative pay-as-you-go calls and split at the boundary")
    void tiersOnMonthCumulative() {
        List<BillLine> lines = rate(List.of(record("apigw.api-call", "ap-guangzhou", Quantity.calls(1_000_000), HOUR.plusSeconds(5))),
                new ArrayList<>(), 9_500_000, List.of(), List.of());
        // 500,000 at 0.06 + 500,000 at 0.04 per 10,000 = 3.00 + 2.00
        assertThat(lines.get(0).amount()).isEqualTo(Money.cny("5.00"));
        assertThat(lines.get(0).steps()).hasSize(2);
    }

    @Test
    @DisplayName("R-APG-4 R-APG-5 a pack that runs out mid-hour pays up to its last call; the rest is pay-as-you-go")
    void packRunsOutMidHour() {
        List<ResourcePack> packs = new ArrayList<>(List.of(ResourcePack.purchased("pack", ACCOUNT, PackKind.CALLS, "apigw.call-pack-1m",
                Quantity.calls(1_000_000), HOUR.minus(Duration.ofDays(1)), Payment.none(), "2019-01")));
        List<BillLine> lines = rate(List.of(
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(800_000), HOUR.plusSeconds(600)),
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(700_000), HOUR.plusSeconds(1800))),
                packs, 0, List.of(), List.of());
        assertThat(lines.get(0).fromPacks()).isEqualByComparingTo(Quantity.calls(1_000_000));
        assertThat(lines.get(0).payg()).isEqualByComparingTo(Quantity.calls(500_000));
        assertThat(lines.get(0).amount()).isEqualTo(Money.cny("3.00"));
    }

    @Test
    @DisplayName("R-APG-5 a pack that expires mid-hour pays only usage before its expiry")
    void packExpiresMidHour() {
        Instant bought = HOUR.plus(Duration.ofMinutes(30)).minus(ResourcePack.VALIDITY);
        List<ResourcePack> packs = new ArrayList<>(List.of(ResourcePack.purchased("pack", ACCOUNT, PackKind.CALLS, "apigw.call-pack-5m",
                Quantity.calls(5_000_000), bought, Payment.none(), "2019-01")));
        List<BillLine> lines = rate(List.of(
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(100_000), HOUR.plus(Duration.ofMinutes(29))),
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(100_000), HOUR.plus(Duration.ofMinutes(30)))),
                packs, 0, List.of(), List.of());
        assertThat(lines.get(0).fromPacks()).isEqualByComparingTo(Quantity.calls(100_000));
        assertThat(lines.get(0).payg()).isEqualByComparingTo(Quantity.calls(100_000));
    }

    @Test
    @DisplayName("R-APG-3 at a free-tier cycle boundary inside the hour, each side uses its own cycle's free calls")
    void freeTierCycleBoundary() {
        Instant opened = HOUR.plus(Duration.ofMinutes(20)).minus(FreeTier.CYCLE);
        List<ResourcePack> packs = new ArrayList<>();
        for (FreeTier.Cycle cycle : FreeTier.cyclesIn(opened, HOUR, HOUR.plus(HourlyRating.HOUR))) {
            packs.addAll(FreeTier.packs(ACCOUNT, cycle));
        }
        List<BillLine> lines = rate(List.of(
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(1_200_000), HOUR.plus(Duration.ofMinutes(10))),
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(1_200_000), HOUR.plus(Duration.ofMinutes(40)))),
                packs, 0, List.of(), List.of());
        assertThat(lines.get(0).freeTier()).isEqualByComparingTo(Quantity.calls(2_000_000));
        assertThat(lines.get(0).payg()).isEqualByComparingTo(Quantity.calls(400_000));
        assertThat(lines.get(0).packUses()).allMatch(u -> u.source() == PackSource.FREE_TIER).hasSize(2);
    }

    @Test
    @DisplayName("R-APG-8 a dedicated basic instance running 30 minutes of the hour costs 5.94 / 2 = 2.97; stopped time is free")
    void dedicatedSeconds() {
        PaygResource instance = PaygResource.create("ins-1", ACCOUNT, ResourceKind.DEDICATED_INSTANCE, "ap-guangzhou",
                "apigw.dedicated-basic.hour", HOUR.plus(Duration.ofMinutes(30)));
        assertThat(total(rate(List.of(), new ArrayList<>(), 0, List.of(instance), List.of()))).isEqualTo(Money.cny("2.97"));
        Interval stopped = new Interval(HOUR.plus(Duration.ofMinutes(45)), null);
        assertThat(total(rate(List.of(), new ArrayList<>(), 0, List.of(instance), List.of(stopped)))).isEqualTo(Money.cny("1.49"));
    }

    @Test
    @DisplayName("R-APG-10 A-71 1,000,000 WebSocket calls cost 0.00 and leave the free tier and the tier position of ordinary calls untouched; their traffic is billed")
    void webSocketCallsAreNotCharged() {
        Instant opened = HOUR.minus(Duration.ofDays(3));
        List<ResourcePack> packs = new ArrayList<>();
        for (FreeTier.Cycle cycle : FreeTier.cyclesIn(opened, HOUR, HOUR.plus(HourlyRating.HOUR))) {
            packs.addAll(FreeTier.packs(ACCOUNT, cycle));
        }
        List<BillLine> lines = rate(List.of(
                record("apigw.websocket-call", "ap-guangzhou", Quantity.calls(1_000_000), HOUR.plusSeconds(1)),
                record("apigw.api-call", "ap-guangzhou", Quantity.calls(1_500_000), HOUR.plusSeconds(2)),
                record("apigw.traffic", "ap-guangzhou", Quantity.of(3, Unit.GIGABYTE), HOUR.plusSeconds(3))),
                packs, 9_800_000, List.of(), List.of());
        // ordinary calls: the free tier pays 1,000,000; 500,000 pay-as-you-go from 9,800,000 in the month:
        // 200,000 × 0.06 + 300,000 × 0.04 per 10,000 = 1.20 + 1.20; traffic: 1 GB free, 2 GB × 0.80 = 1.60
        assertThat(lines).extracting(l -> l.meter() + " " + l.amount().toPlainString()).containsExactly(
                "apigw.api-call 2.40", "apigw.traffic 1.60", "apigw.websocket-call 0.00");
        BillLine calls = lines.get(0);
        assertThat(calls.freeTier()).isEqualByComparingTo(Quantity.calls(1_000_000));
        assertThat(calls.payg()).isEqualByComparingTo(Quantity.calls(500_000));
        assertThat(calls.steps()).hasSize(2);
        BillLine webSocket = lines.get(2);
        assertThat(webSocket.quantity()).isEqualByComparingTo(Quantity.calls(1_000_000));
        assertThat(webSocket.packUses()).isEmpty();
        assertThat(webSocket.rule()).isEqualTo("R-APG-10");
        assertThat(webSocket.explanation()).contains("1000000", "total 0.00", "R-APG-10");
        assertThat(total(lines)).isEqualTo(Money.cny("4.00"));
    }
}
