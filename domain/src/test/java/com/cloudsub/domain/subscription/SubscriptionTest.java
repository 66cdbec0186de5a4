package com.cloudsub.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final ProductTerms SSM = ProductTerms.STANDARD.get("ssm");
    private final BillingCalendar calendar = BillingCalendar.SHANGHAI;
    private final Instant bought = Instant.parse("2026-01-31T02:00:00Z"); // 10:00 on Jan 31 in Shanghai

    private Subscription ssm() {
        return Subscription.purchase(new SubscriptionId("s-1"), new AccountId("a-1"), "ssm", "enterprise", "ap-guangzhou",
                Map.of(), Term.ofMonths(1), false, bought, calendar);
    }

    @Test
    @DisplayName("A-64 a month ends on the same day, clamped to the month's end")
    void monthClamped() {
        assertThat(ssm().endsAt()).isEqualTo(Instant.parse("2026-02-28T02:00:00Z"));
    }

    @Test
    @DisplayName("R-SUB-4 R-SUB-5 R-SUB-6 warning window, suspension at E + 24 h, release after 15 days (SSM)")
    void lifecycle() {
        Subscription s = ssm();
        Instant e = s.endsAt();
        assertThat(s.warningDue(e.minus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(s.warningDue(e.minus(Duration.ofDays(7)))).isTrue();
        assertThat(s.suspensionDue(e.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
        s.suspend(e.plus(Duration.ofHours(30)));
        assertThat(s.state()).isEqualTo(SubscriptionState.SUSPENDED);
        assertThat(s.suspendedAt()).isEqualTo(e.plus(Duration.ofHours(24)));
        Instant endOfRetention = s.suspendedAt().plus(Duration.ofDays(15));
        assertThat(s.releaseDue(endOfRetention, SSM)).isFalse();
        assertThat(s.releaseDue(endOfRetention.plusSeconds(1), SSM)).isTrue();
        s.release(endOfRetention.plusSeconds(1), SSM);
        assertThat(s.state()).isEqualTo(SubscriptionState.RELEASED);
        assertThatThrownBy(() -> s.renew(Term.ofMonths(1), endOfRetention.plus(Duration.ofDays(1)), SSM, calendar))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    @DisplayName("R-SUB-2 renewal extends the current end date and restores a suspended subscription")
    void renewalRestores() {
        Subscription s = ssm();
        Instant e = s.endsAt();
        s.suspend(e.plus(Duration.ofDays(2)));
        Instant termStart = s.renew(Term.ofMonths(3), e.plus(Duration.ofDays(3)), SSM, calendar);
        assertThat(termStart).isEqualTo(e);
        assertThat(s.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(s.endsAt()).isEqualTo(calendar.plusMonths(e, 3));
    }

    @Test
    @DisplayName("R-SUB-6 a suspended subscription past retention cannot be renewed even before the release run")
    void pastRetention() {
        Subscription s = ssm();
        s.suspend(s.endsAt().plus(Duration.ofDays(1)));
        Instant late = s.suspendedAt().plus(Duration.ofDays(15)).plusSeconds(1);
        assertThatThrownBy(() -> s.renew(Term.ofMonths(1), late, SSM, calendar)).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("R-REF-4 a refunded API gateway instance is isolated 7 days, then destroyed")
    void isolation() {
        ProductTerms apigw = ProductTerms.STANDARD.get("apigw");
        Subscription s = Subscription.purchase(new SubscriptionId("s-2"), new AccountId("a-1"), "apigw", "dedicated-basic",
                "ap-guangzhou", Map.of(), Term.ofMonths(1), false, bought, calendar);
        s.refunded(bought.plus(Duration.ofDays(1)), apigw);
        assertThat(s.state()).isEqualTo(SubscriptionState.ISOLATED);
        assertThat(s.destructionDue(bought.plus(Duration.ofDays(8)).minusSeconds(1))).isFalse();
        s.destroy(bought.plus(Duration.ofDays(8)));
        assertThat(s.state()).isEqualTo(SubscriptionState.DESTROYED);
    }

    @Test
    @DisplayName("R-SSM-3 R-KMS-1 a resource beyond the capacity is refused with a clear error")
    void capacity() {
        Subscription.requireCapacity("secrets", 1099, 1, 1100);
        assertThatThrownBy(() -> Subscription.requireCapacity("secrets", 1100, 1, 1100))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("capacity-exceeded");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
                });
    }
}
