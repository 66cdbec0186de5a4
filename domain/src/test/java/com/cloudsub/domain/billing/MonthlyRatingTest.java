package com.cloudsub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.TestCatalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rating a month of SSM legacy and pay-as-you-go KMS. */
class MonthlyRatingTest {

    private static final Catalog CATALOG = TestCatalog.standard();
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static List<BillLine> rate(Map<MonthlyRating.Key, Quantity> totals) {
        return MonthlyRating.rate(CATALOG, BillingCalendar.SHANGHAI, NOVEMBER, totals);
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
    @DisplayName("R-KMS-P1 R-KMS-P2 customer keys 0.2 (public) / 0.38 (finance) per key per day; service keys free")
    void kmsKeys() {
        List<BillLine> lines = rate(Map.of(key("kms.customer-key", "ap-guangzhou"), Quantity.of(30, Unit.UNIT_DAY),
                key("kms.customer-key", "ap-shanghai-fsi"), Quantity.of(10, Unit.UNIT_DAY),
                key("kms.service-key", "ap-guangzhou"), Quantity.of(300, Unit.UNIT_DAY)));
        assertThat(lines).extracting(BillLine::amount).containsExactly(Money.cny("6.00"), Money.cny("3.80"), Money.cny("0.00"));
        assertThat(lines.get(2).rule()).isEqualTo("R-KMS-P2");
    }
}
