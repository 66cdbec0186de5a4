package com.cloudsub.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Resource state timelines and what they bill. */
class PaygResourceTest {

    private static final BillingCalendar CAL = BillingCalendar.SHANGHAI;
    private static final Instant NOV = CAL.startOf(LocalDate.of(2026, 11, 1));
    private static final Instant DEC = CAL.startOf(LocalDate.of(2026, 12, 1));

    private static PaygResource secret(Instant at) {
        return PaygResource.create("sec-1", new AccountId("acc-1"), ResourceKind.SECRET, "ap-guangzhou", "ssm.secret", at);
    }

    @Test
    @DisplayName("R-SSM-L1 R-GEN-5 a secret is billed on each day it was ENABLED or DISABLED at some moment; PENDING_DELETION is free")
    void secretDays() {
        PaygResource s = secret(CAL.startOf(LocalDate.of(2026, 11, 3)).plus(Duration.ofHours(23)));
        s.change(ResourceState.DISABLED, CAL.startOf(LocalDate.of(2026, 11, 10)));
        s.change(ResourceState.PENDING_DELETION, CAL.startOf(LocalDate.of(2026, 11, 20)).plus(Duration.ofMinutes(1)));
        List<LocalDate> days = s.billedDays(NOV, DEC, List.of(), CAL);
        assertThat(days).first().isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(days).last().isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(days).hasSize(18);
    }

    @Test
    @DisplayName("R-KMS-5 R-SSM-L6 a released service takes its resources with it, an enabled key included, at the release instant")
    void releasedWithService() {
        PaygResource key = PaygResource.create("cmk-1", new AccountId("acc-1"), ResourceKind.CUSTOMER_KEY, "ap-guangzhou",
                "kms.key", NOV);
        assertThatThrownBy(() -> key.change(ResourceState.DELETED, NOV.plus(Duration.ofDays(1)))).isInstanceOf(DomainException.class);
        key.releaseWithService(NOV.plus(Duration.ofDays(9)));
        assertThat(key.state()).isEqualTo(ResourceState.DELETED);
        assertThat(key.changedAt()).isEqualTo(NOV.plus(Duration.ofDays(9)));
    }

    @Test
    @DisplayName("R-SSM-L6 nothing is billed while the service is stopped")
    void stopsExcluded() {
        PaygResource s = secret(NOV);
        Interval stop = new Interval(CAL.startOf(LocalDate.of(2026, 11, 11)), CAL.startOf(LocalDate.of(2026, 11, 21)));
        assertThat(s.billedDays(NOV, DEC, List.of(stop), CAL)).hasSize(20);
        assertThat(s.billedDays(NOV, DEC, List.of(new Interval(CAL.startOf(LocalDate.of(2026, 11, 11)), null)), CAL)).hasSize(10);
    }

    @Test
    @DisplayName("R-APG-8 a dedicated instance is billed for the seconds from allocation to release")
    void instanceSeconds() {
        Instant hour = Instant.parse("2026-11-23T07:00:00Z");
        PaygResource instance = PaygResource.create("ins-1", new AccountId("acc-1"), ResourceKind.DEDICATED_INSTANCE, "ap-guangzhou",
                ResourceKind.DEDICATED_INSTANCE.meter("dedicated-basic-hourly"), hour.plus(Duration.ofMinutes(15)));
        instance.change(ResourceState.RELEASED, hour.plus(Duration.ofMinutes(45)));
        assertThat(instance.meter()).isEqualTo("apigw.dedicated-basic.hour");
        assertThat(instance.billedTime(hour, hour.plus(Duration.ofHours(1)), List.of())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("an illegal state change is a conflict naming both states")
    void illegal() {
        PaygResource s = secret(NOV);
        s.change(ResourceState.PENDING_DELETION, NOV.plusSeconds(10));
        s.change(ResourceState.DELETED, NOV.plusSeconds(20));
        assertThatThrownBy(() -> s.change(ResourceState.ENABLED, NOV.plusSeconds(30)))
                .isInstanceOf(DomainException.class).hasMessageContaining("DELETED to ENABLED");
    }
}
