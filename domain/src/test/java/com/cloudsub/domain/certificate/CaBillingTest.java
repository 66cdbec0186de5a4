package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Times are Asia/Shanghai local times. Prices per hour: root CA 3.30, subordinate CA 1.65. */
class CaBillingTest {

    private static final Money ROOT_PRICE = Money.unitPrice("3.30");
    private static final Money SUBORDINATE_PRICE = Money.unitPrice("1.65");
    private static final Instant VALID_UNTIL = at("2032-01-01T00:00:00");
    private static final long HOUR = 3600;

    /** A CA disabled since 2021-12-31 00:00, whose deletion is scheduled 2022-01-01 00:00 with the default 7 days. */
    private static PrivateCa scheduledOnNewYear() {
        PrivateCa ca = PrivateCa.create(new PrivateCaId("ca-1"), ACCOUNT, CaKind.ROOT, null, VALID_UNTIL, at("2021-12-01T00:00:00"));
        ca.activate(at("2021-12-01T00:00:00"));
        ca.disable(at("2021-12-31T00:00:00"));
        ca.scheduleDeletion(at("2022-01-01T00:00:00"));
        return ca;
    }

    @Test
    @DisplayName("E7 R-PCA-4 A-56 scheduled 2022-01-01 00:00, cancelled 2022-01-04 00:00 → 72 h back-billed in the hour of cancellation")
    void e7() {
        PrivateCa ca = scheduledOnNewYear();
        ca.cancelDeletion(at("2022-01-04T00:00:00"));
        assertThat(ca.state()).isEqualTo(CaState.DISABLED);
        assertThat(CaBilling.bill(ca, at("2022-01-03T23:00:00"), at("2022-01-04T00:00:00"), ROOT_PRICE)).isEmpty();

        List<UsageLine> hourOfCancellation = CaBilling.bill(ca, at("2022-01-04T00:00:00"), at("2022-01-04T01:00:00"), ROOT_PRICE);
        UsageLine backBill = hourOfCancellation.stream().filter(UsageLine::backBill).findFirst().orElseThrow();
        assertThat(backBill.seconds()).isEqualTo(72 * HOUR);
        assertThat(backBill.usageStart()).isEqualTo(at("2022-01-01T00:00:00"));
        assertThat(backBill.usageEnd()).isEqualTo(at("2022-01-04T00:00:00"));
        assertThat(backBill.amount()).isEqualTo(Money.cny("237.60"));
        assertThat(hourOfCancellation).filteredOn(line -> !line.backBill()).singleElement()
                .satisfies(line -> assertThat(line.seconds()).as("billing resumes at the cancellation").isEqualTo(HOUR));
    }

    @Test
    @DisplayName("R-PCA-3 R-PCA-4 TV-16a a deletion that goes ahead: the 7 scheduled days (168 h) are never billed")
    void deletionGoesAhead() {
        PrivateCa ca = scheduledOnNewYear();
        ca.completeDeletion(at("2022-01-08T00:00:00"));
        assertThat(ca.state()).isEqualTo(CaState.DELETED);
        assertThat(CaBilling.billedSeconds(ca, at("2022-01-01T00:00:00"), at("2022-02-01T00:00:00"))).isZero();
        assertThat(CaBilling.billedSeconds(ca, at("2021-12-01T00:00:00"), at("2022-01-01T00:00:00"))).isEqualTo(31 * 24 * HOUR);
    }

    /**
     * January 2022: created 01-03 10:00, activated 12:00, disabled 01-10 12:00, deletion scheduled 01-12 12:00,
     * cancelled 01-15 12:00, scheduled again 01-20 12:00 and deleted when due, 01-27 12:00.
     */
    private static PrivateCa throughJanuary(CaKind kind) {
        PrivateCaId parent = kind == CaKind.SUBORDINATE ? new PrivateCaId("root-1") : null;
        PrivateCa ca = PrivateCa.create(new PrivateCaId("ca-1"), ACCOUNT, kind, parent, VALID_UNTIL, at("2022-01-03T10:00:00"));
        ca.activate(at("2022-01-03T12:00:00"));
        ca.disable(at("2022-01-10T12:00:00"));
        ca.scheduleDeletion(at("2022-01-12T12:00:00"));
        ca.cancelDeletion(at("2022-01-15T12:00:00"));
        ca.scheduleDeletion(at("2022-01-20T12:00:00"));
        ca.completeDeletion(at("2022-01-27T12:05:00"));
        return ca;
    }

    @Test
    @DisplayName("R-PCA-1 R-PCA-2 R-PCA-4 A-53 a root CA's month: 218 h + 72 h back-billed + 120 h = 410 h at 3.30 → 1,353.00")
    void rootMonth() {
        PrivateCa ca = throughJanuary(CaKind.ROOT);
        List<UsageLine> lines = CaBilling.bill(ca, at("2022-01-01T00:00:00"), at("2022-02-01T00:00:00"), ROOT_PRICE);
        // pending 2 h + active 7 d + disabled 2 d = 218 h; disabled again 5 d = 120 h; the second scheduled span is not billed
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).backBill()).isFalse();
        assertThat(lines.get(0).seconds()).isEqualTo((218 + 120) * HOUR);
        assertThat(lines.get(0).amount()).isEqualTo(Money.cny("1115.40"));
        assertThat(lines.get(1).backBill()).isTrue();
        assertThat(lines.get(1).seconds()).isEqualTo(72 * HOUR);
        assertThat(lines.get(1).amount()).isEqualTo(Money.cny("237.60"));
        assertThat(CaBilling.billedSeconds(ca, at("2022-01-01T00:00:00"), at("2022-02-01T00:00:00"))).isEqualTo(410 * HOUR);

        List<UsageLine> hourly = settleHourly(ca, ROOT_PRICE);
        assertThat(hourly.stream().mapToLong(UsageLine::seconds).sum()).isEqualTo(410 * HOUR);
        assertThat(hourly.stream().map(UsageLine::amount).reduce(Money.zero(Money.CNY), Money::plus)).isEqualTo(Money.cny("1353.00"));
        assertThat(hourly).filteredOn(UsageLine::backBill).singleElement()
                .satisfies(line -> assertThat(line.usageEnd()).isEqualTo(at("2022-01-15T12:00:00")));
    }

    @Test
    @DisplayName("R-PCA-2 a subordinate CA is billed from activation: the same month is 408 h at 1.65 → 673.20")
    void subordinateMonth() {
        PrivateCa ca = throughJanuary(CaKind.SUBORDINATE);
        assertThat(CaBilling.billedSeconds(ca, at("2022-01-01T00:00:00"), at("2022-02-01T00:00:00"))).isEqualTo(408 * HOUR);
        assertThat(settleHourly(ca, SUBORDINATE_PRICE).stream().map(UsageLine::amount).reduce(Money.zero(Money.CNY), Money::plus))
                .isEqualTo(Money.cny("673.20"));
    }

    @Test
    @DisplayName("R-PCA-1 A-52 per-second accrual: 30 min of a root CA at 3.30/h → 1.65; a revoked subordinate is no longer billed")
    void perSecond() {
        PrivateCa ca = PrivateCa.create(new PrivateCaId("ca-2"), ACCOUNT, CaKind.SUBORDINATE, new PrivateCaId("root-1"),
                VALID_UNTIL, at("2022-01-03T08:00:00"));
        ca.activate(at("2022-01-03T08:30:00"));
        ca.revoke(at("2022-01-03T09:10:00"));
        assertThat(CaBilling.bill(ca, at("2022-01-03T08:00:00"), at("2022-01-03T09:00:00"), ROOT_PRICE))
                .singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(Money.cny("1.65")));
        assertThat(CaBilling.billedSeconds(ca, at("2022-01-03T09:00:00"), at("2022-01-03T10:00:00"))).isEqualTo(600);
        assertThat(CaBilling.billedSeconds(ca, at("2022-01-03T10:00:00"), at("2022-01-03T11:00:00"))).isZero();
    }

    /** Hourly settlement of January 2022, one line per hour with usage. */
    private static List<UsageLine> settleHourly(PrivateCa ca, Money price) {
        List<UsageLine> lines = new ArrayList<>();
        for (Instant hour = at("2022-01-01T00:00:00"); hour.isBefore(at("2022-02-01T00:00:00")); hour = hour.plus(Duration.ofHours(1))) {
            lines.addAll(CaBilling.bill(ca, hour, hour.plus(Duration.ofHours(1)), price));
        }
        return lines;
    }
}
