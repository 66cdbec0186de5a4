package com.cloudsub.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Resource packs, the free tier and the deduction order. */
class PacksTest {

    private static final AccountId ACCOUNT = new AccountId("acc-1");

    private static ResourcePack callPack(String id, long calls, Instant at) {
        return ResourcePack.purchased(id, ACCOUNT, PackKind.CALLS, "apigw.call-pack-5m", Quantity.calls(calls), at,
                new Payment(Money.cny("25.50"), Money.zero(Money.CNY), Money.zero(Money.CNY)), "2019-01");
    }

    @Test
    @DisplayName("E5 R-APG-5 a pack bought 2023-02-01 08:00:00 (Asia/Shanghai) expires 2023-03-03 08:00:00")
    void e5Validity() {
        Instant bought = Instant.parse("2023-02-01T00:00:00Z");
        ResourcePack pack = callPack("p", 5_000_000, bought);
        assertThat(pack.expiresAt()).isEqualTo(Instant.parse("2023-03-03T00:00:00Z"));
        assertThat(pack.usableAt(Instant.parse("2023-03-02T23:59:59Z"))).isTrue();
        assertThat(pack.usableAt(Instant.parse("2023-03-03T00:00:00Z"))).isFalse();
        assertThat(pack.usableAt(bought.minusSeconds(1))).isFalse();
    }

    @Test
    @DisplayName("E5 R-APG-5 a 5M call pack covers 3M Guangzhou and 0.5M Hong Kong calls but never traffic")
    void e5Scope() {
        Instant at = Instant.parse("2023-02-10T00:00:00Z");
        List<ResourcePack> packs = new ArrayList<>(List.of(callPack("p", 5_000_000, Instant.parse("2023-02-01T00:00:00Z"))));
        assertThat(DeductionOrder.deduct(PackKind.CALLS, Quantity.calls(3_000_000), at, packs).payg().isZero()).isTrue();
        assertThat(DeductionOrder.deduct(PackKind.CALLS, Quantity.calls(500_000), at, packs).payg().isZero()).isTrue();
        DeductionOrder.Deduction traffic = DeductionOrder.deduct(PackKind.TRAFFIC, Quantity.of(10, Unit.GIGABYTE), at, packs);
        assertThat(traffic.uses()).isEmpty();
        assertThat(traffic.payg()).isEqualByComparingTo(Quantity.of(10, Unit.GIGABYTE));
        assertThat(packs.get(0).remaining()).isEqualByComparingTo(Quantity.calls(1_500_000));
    }

    @Test
    @DisplayName("R-APG-4 free tier first, then the pack expiring first, then pay-as-you-go")
    void deductionOrder() {
        Instant opened = Instant.parse("2026-01-01T00:00:00Z");
        Instant at = opened.plus(Duration.ofDays(10));
        List<ResourcePack> packs = new ArrayList<>();
        packs.add(callPack("late", 1_000_000, opened.plus(Duration.ofDays(5))));
        packs.add(callPack("early", 1_000_000, opened.plus(Duration.ofDays(1))));
        packs.addAll(FreeTier.packs(ACCOUNT, FreeTier.cycleAt(opened, at).orElseThrow()));
        DeductionOrder.Deduction d = DeductionOrder.deduct(PackKind.CALLS, Quantity.calls(3_500_000), at, packs);
        assertThat(d.uses()).extracting(DeductionOrder.PackUse::packId)
                .containsExactly(FreeTier.packId(ACCOUNT, FreeTier.cycleAt(opened, at).orElseThrow(), PackKind.CALLS), "early", "late");
        assertThat(d.uses()).extracting(u -> u.quantity().amount().longValue()).containsExactly(1_000_000L, 1_000_000L, 1_000_000L);
        assertThat(d.payg()).isEqualByComparingTo(Quantity.calls(500_000));
    }

    @Test
    @DisplayName("R-APG-3 twelve cycles of 30 × 24 h from the opening instant; nothing after the twelfth")
    void freeTierCycles() {
        Instant opened = Instant.parse("2019-11-10T09:13:14Z"); // 17:13:14 Asia/Shanghai (TV-09)
        FreeTier.Cycle second = FreeTier.cycleAt(opened, Instant.parse("2019-12-10T09:13:14Z")).orElseThrow();
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.start()).isEqualTo(Instant.parse("2019-12-10T09:13:14Z"));
        assertThat(FreeTier.cycleAt(opened, Instant.parse("2019-12-10T09:13:13Z")).orElseThrow().number()).isZero();
        FreeTier.Cycle last = FreeTier.cycleAt(opened, Instant.parse("2020-11-04T09:13:13Z")).orElseThrow();
        assertThat(last.number()).isEqualTo(11);
        assertThat(last.end()).isEqualTo(Instant.parse("2020-11-04T09:13:14Z"));
        assertThat(FreeTier.cycleAt(opened, last.end())).isEmpty();
        assertThat(FreeTier.cyclesIn(opened, Instant.parse("2019-12-10T09:00:00Z"), Instant.parse("2019-12-10T10:00:00Z")))
                .extracting(FreeTier.Cycle::number).containsExactly(0, 1);
    }

    @Test
    @DisplayName("R-APG-3 unused free calls expire at the cycle's end: the next cycle starts again at 1,000,000")
    void freeTierNoCarryOver() {
        Instant opened = Instant.parse("2026-01-01T00:00:00Z");
        List<ResourcePack> packs = new ArrayList<>();
        for (FreeTier.Cycle cycle : FreeTier.cyclesIn(opened, opened, opened.plus(Duration.ofDays(60)))) {
            packs.addAll(FreeTier.packs(ACCOUNT, cycle));
        }
        DeductionOrder.deduct(PackKind.CALLS, Quantity.calls(400_000), opened.plus(Duration.ofDays(29)), packs);
        DeductionOrder.Deduction next = DeductionOrder.deduct(PackKind.CALLS, Quantity.calls(1_200_000), opened.plus(Duration.ofDays(30)), packs);
        assertThat(next.payg()).isEqualByComparingTo(Quantity.calls(200_000));
    }

    @Test
    @DisplayName("R-APG-6 a pack is refundable only when bought, unused and still valid")
    void refund() {
        Instant bought = Instant.parse("2026-01-01T00:00:00Z");
        ResourcePack unused = callPack("a", 1_000_000, bought);
        unused.refund(bought.plus(Duration.ofDays(29)));
        assertThat(unused.state()).isEqualTo(ResourcePack.State.REFUNDED);
        assertThat(unused.usableAt(bought.plusSeconds(1))).isFalse();

        ResourcePack used = callPack("b", 1_000_000, bought);
        used.take(Quantity.calls(1));
        assertThatThrownBy(() -> used.refund(bought.plusSeconds(60))).isInstanceOf(DomainException.class).hasMessageContaining("used");

        ResourcePack expired = callPack("c", 1_000_000, bought);
        assertThatThrownBy(() -> expired.refund(bought.plus(Duration.ofDays(30)))).hasMessageContaining("expired");

        ResourcePack free = FreeTier.packs(ACCOUNT, FreeTier.cycleAt(bought, bought).orElseThrow()).get(0);
        assertThatThrownBy(() -> free.refund(bought)).hasMessageContaining("free-tier");
    }
}
