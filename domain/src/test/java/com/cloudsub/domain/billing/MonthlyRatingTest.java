package com.cloudsub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.TestCatalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rating a month of SSM legacy and pay-as-you-go KMS. */
class MonthlyRatingTest {

    private static final Catalog CATALOG = TestCatalog.standard();
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** Month totals, as if each were used at the month's start. */
    private static List<BillLine> rate(Map<MonthlyRating.Key, Quantity> totals) {
        Instant start = BillingCalendar.SHANGHAI.startOf(NOVEMBER);
        return MonthlyRating.rate(CATALOG, BillingCalendar.SHANGHAI, NOVEMBER,
                totals.entrySet().stream().map(e -> new MonthlyRating.Usage(e.getKey(), start, e.getValue())).toList());
    }

    private static MonthlyRating.Usage calls(String region, long calls, int day) {
        return new MonthlyRating.Usage(key("kms.api-call", region), BillingCalendar.SHANGHAI.startOf(NOVEMBER.atDay(day)), Quantity.calls(calls));
    }

    private static MonthlyRating.Key key(String meter, String region) {
        return new MonthlyRating.Key(meter, region);
    }

    @Test
    @DisplayName("E1 R-SSM-L1 R-SSM-L3 100 secrets all month (3,000 secret-days of 30) and 60,000 calls → 300.00 + 2.40 = 302.40")
    void e1() {
        List<BillLine> lines = rate(Map.of(key("ssm.secret", "ap-guangzhou"), Quantity.of(3000, Unit.UNIT_DAY),
                key("ssm.api-call", "ap-guangzhou"), Quantity.calls(60_000)));
        assertThat(lines).extracting(BillLine::meter, BillLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ssm.api-call", Money.cny("2.40")),
                org.assertj.core.groups.Tuple.tuple("ssm.secret", Money.cny("300.00")));
    }

    @Test
    @DisplayName("R-SSM-L4 per region: 1–9,999 calls are charged as 10,000; above that proportionally")
    void minimumPerRegion() {
        List<BillLine> lines = rate(Map.of(key("ssm.api-call", "ap-guangzhou"), Quantity.calls(1),
                key("ssm.api-call", "ap-hongkong"), Quantity.calls(15_000)));
        assertThat(lines).extracting(BillLine::amount).containsExactly(Money.cny("0.40"), Money.cny("0.60"));
        assertThat(lines.get(0).explanation()).contains("minimum");
    }

    @Test
    @DisplayName("R-KMS-P3 20,000 free calls per account per month across regions, then 0.6 (public) / 1.14 (finance) per 10,000")
    void kmsAllowance() {
        List<BillLine> lines = rate(Map.of(key("kms.api-call", "ap-guangzhou"), Quantity.calls(15_000),
                key("kms.api-call", "ap-shanghai-fsi"), Quantity.calls(15_000)));
        assertThat(lines).extracting(BillLine::amount).containsExactly(Money.cny("0.00"), Money.cny("1.14"));
        assertThat(lines.get(1).explanation()).contains("free allowance");
    }

    @Test
    @DisplayName("R-KMS-P3 A-22 the free 20,000 calls go to the calls made first, whatever their region; the rest at each region's price")
    void kmsAllowanceInTimeOrder() {
        // 10,000 public calls on the 1st, 15,000 finance calls on the 2nd, 10,000 public calls on the 3rd:
        // in time order the allowance pays 10,000 public + 10,000 finance; 5,000 finance × 1.14 + 10,000 public × 0.6 per 10,000
        // = 0.57 + 0.60 = 1.17 (in region order it would pay 20,000 public and leave 15,000 finance: 1.71)
        List<BillLine> lines = MonthlyRating.rate(CATALOG, BillingCalendar.SHANGHAI, NOVEMBER, List.of(
                calls("ap-shanghai-fsi", 15_000, 2), calls("ap-guangzhou", 10_000, 3), calls("ap-guangzhou", 10_000, 1)));
        assertThat(lines).extracting(BillLine::region, BillLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ap-guangzhou", Money.cny("0.60")),
                org.assertj.core.groups.Tuple.tuple("ap-shanghai-fsi", Money.cny("0.57")));
        assertThat(lines.get(0).steps().get(0).quantity()).isEqualByComparingTo(Quantity.calls(10_000));
        assertThat(lines.get(1).steps().get(0).quantity()).isEqualByComparingTo(Quantity.calls(10_000));
        assertThat(lines.stream().map(BillLine::amount).reduce(Money.zero(Money.CNY), Money::plus)).isEqualTo(Money.cny("1.17"));

        // the same calls with the finance ones first: the allowance pays 15,000 finance + 5,000 public → 15,000 × 0.6 = 0.90
        List<BillLine> financeFirst = MonthlyRating.rate(CATALOG, BillingCalendar.SHANGHAI, NOVEMBER, List.of(
                calls("ap-shanghai-fsi", 15_000, 1), calls("ap-guangzhou", 10_000, 2), calls("ap-guangzhou", 10_000, 3)));
        assertThat(financeFirst).extracting(BillLine::amount).containsExactly(Money.cny("0.90"), Money.cny("0.00"));
    }

    @Test
    @DisplayName("R-KMS-P1 R-KMS-P2 customer keys 0.2 (public) / 0.38 (finance) per key per day; service keys free")
    void kmsKeys() {
        List<BillLine> lines = rate(Map.of(key("kms.customer-key", "ap-guangzhou"), Quantity.of(30, Unit.UNIT_DAY),
                key("kms.customer-key", "ap-shanghai-fsi"), Quantity.of(10, Unit.UNIT_DAY),
                key("kms.service-key", "ap-guangzhou"), Quantity.of(300, Unit.UNIT_DAY)));
        assertThat(lines).extracting(BillLine::amount).containsExactly(Money.cny("6.00"), Money.cny("3.80"), Money.cny("0.00"));
        assertThat(lines.get(2).rule()).isEqualTo("R-KMS-P2");
    }
}
