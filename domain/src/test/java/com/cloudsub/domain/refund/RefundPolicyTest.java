package com.cloudsub.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

    private static final ProductTerms KMS = ProductTerms.STANDARD.get("kms");
    private final Instant bought = Instant.parse("2026-01-10T02:00:00Z");
    /** E2: KMS basic 2,499 × 12, 88 voucher → paid 29,900.00. */
    private final Order year = new Order("o-1", new SubscriptionId("s-1"), Order.Kind.NEW, 12, bought,
            bought.plus(Duration.ofDays(365)), Money.cny("29988.00"), Money.cny("29988.00"),
            new Payment(Money.cny("29900.00"), Money.cny("0"), Money.cny("88.00")), "2019-01", bought);

    @Test
    @DisplayName("E2 R-REF-1 R-ACC-2 within 5 days, first time: everything paid but the voucher → 29,900.00")
    void e2NoReason() {
        RefundPolicy.Decision decision = RefundPolicy.decide(KMS, "basic", List.of(year), false, bought.plus(Duration.ofDays(4)));
        assertThat(decision.amount()).isEqualTo(Money.cny("29900.00"));
        assertThat(decision.rule()).isEqualTo("R-REF-1");
    }

    @Test
    @DisplayName("E2 R-REF-2 on day 9: consumed 12 × 2,499 × 9 / 365 = 739.43, refund 29,160.57")
    void e2Prorated() {
        Instant day9 = bought.plus(Duration.ofDays(8)).plusSeconds(3600);
        RefundPolicy.Decision decision = RefundPolicy.decide(KMS, "basic", List.of(year), false, day9);
        assertThat(decision.consumed()).isEqualTo(Money.cny("739.43"));
        assertThat(decision.amount()).isEqualTo(Money.cny("29160.57"));
        assertThat(decision.rule()).isEqualTo("R-REF-2");
    }

    @Test
    @DisplayName("R-REF-1 the no-reason refund is once per customer per product: the second time is prorated")
    void secondTimeProrated() {
        RefundPolicy.Decision decision = RefundPolicy.decide(KMS, "basic", List.of(year), true, bought.plus(Duration.ofHours(1)));
        assertThat(decision.rule()).isEqualTo("R-REF-2");
        assertThat(decision.consumed()).isEqualTo(Money.cny("82.16")); // one started day of 29,988 / 365
    }

    @Test
    @DisplayName("R-REF-1 A-11 the window closes 5 × 24 h after the purchase")
    void windowEdge() {
        assertThat(RefundPolicy.decide(KMS, "basic", List.of(year), false, bought.plus(Duration.ofDays(5)).minusSeconds(1)).rule()).isEqualTo("R-REF-1");
        assertThat(RefundPolicy.decide(KMS, "basic", List.of(year), false, bought.plus(Duration.ofDays(5))).rule()).isEqualTo("R-REF-2");
    }

    @Test
    @DisplayName("R-REF-2 a not-started renewal is refunded in full; the refund is never negative")
    void notStartedAndFloor() {
        Instant end = year.termEnd();
        Order renewal = new Order("o-2", year.subscriptionId(), Order.Kind.RENEWAL, 1, end, end.plus(Duration.ofDays(31)),
                Money.cny("2499.00"), Money.cny("2499.00"), new Payment(Money.cny("2000.00"), Money.cny("499.00"), Money.cny("0")), "2019-01", bought);
        RefundPolicy.Decision decision = RefundPolicy.decide(KMS, "basic", List.of(year, renewal), true, bought.plus(Duration.ofDays(8)).plusSeconds(1));
        assertThat(decision.amount()).isEqualTo(Money.cny("29160.57").plus(Money.cny("2499.00")));
        Order cheap = new Order("o-3", year.subscriptionId(), Order.Kind.NEW, 12, bought, bought.plus(Duration.ofDays(365)),
                Money.cny("29988.00"), Money.cny("29988.00"), new Payment(Money.cny("100.00"), Money.cny("0"), Money.cny("29888.00")), "2019-01", bought);
        assertThat(RefundPolicy.decide(KMS, "basic", List.of(cheap), true, bought.plus(Duration.ofDays(30))).amount()).isEqualTo(Money.cny("0.00"));
    }

    @Test
    @DisplayName("R-REF-5 SSM and KMS white-box refuse refunds with a reason")
    void notRefundable() {
        assertThatThrownBy(() -> RefundPolicy.decide(ProductTerms.STANDARD.get("ssm"), "enterprise", List.of(year), false, bought))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-refundable"));
        assertThatThrownBy(() -> RefundPolicy.decide(KMS, "whitebox", List.of(year), false, bought))
                .isInstanceOf(DomainException.class);
    }
}
