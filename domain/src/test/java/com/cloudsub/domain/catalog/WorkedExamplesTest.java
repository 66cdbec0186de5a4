package com.cloudsub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The worked examples of RULES.md that the catalogue alone decides. */
class WorkedExamplesTest {

    private final Catalog catalog = TestCatalog.standard();
    private final Quoting quoting = new Quoting(catalog);
    private final Instant now = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    @DisplayName("E1 R-SSM-L1 R-SSM-L3 SSM legacy: 100 secrets all month, 20 calls per secret per day, 30 days → 302.40")
    void e1() {
        Quote quote = quoting.usage("ssm", "legacy", "ap-guangzhou", Map.of(
                "ssm.secret", Quantity.of(100 * 30, Unit.UNIT_DAY),
                "ssm.api-call", Quantity.calls(20L * 100 * 30)), YearMonth.of(2026, 11), now);
        assertThat(line(quote, "ssm.secret")).isEqualTo(Money.cny("300.00"));
        assertThat(line(quote, "ssm.api-call")).isEqualTo(Money.cny("2.40"));
        assertThat(quote.total()).isEqualTo(Money.cny("302.40"));
    }

    @Test
    @DisplayName("E3 API gateway, second year: 5,000,000 calls → 30.00; 20,000,000 KB at 0.80 → 15.26; total 45.26")
    void e3() {
        Quantity responses = Quantity.of(5_000_000L * 3, Unit.KILOBYTE);
        Quantity backendRequests = Quantity.of(5_000_000L, Unit.KILOBYTE);
        Quote quote = quoting.usage("apigw", "shared", "ap-guangzhou", Map.of(
                "apigw.api-call", Quantity.calls(5_000_000),
                "apigw.traffic", responses.plus(backendRequests)), YearMonth.of(2026, 11), now);
        assertThat(line(quote, "apigw.api-call")).isEqualTo(Money.cny("30.00"));
        assertThat(line(quote, "apigw.traffic")).isEqualTo(Money.cny("15.26"));
        assertThat(quote.total()).isEqualTo(Money.cny("45.26"));
    }

    @Test
    @DisplayName("E4 10 GB of traffic in one hour in Guangzhou → 8.00")
    void e4() {
        Quote quote = quoting.usage("apigw", "shared", "ap-guangzhou",
                Map.of("apigw.traffic", Quantity.of(10, Unit.GIGABYTE)), YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny("8.00"));
    }

    @ParameterizedTest(name = "E8 {0}: {1} × {2} → {3} per month")
    @DisplayName("E8 R-APG-7 dedicated instance payable prices are list × discount")
    @CsvSource({
            "basic,        3680.00,   1,    3680.00",
            "professional, 9980.00,   0.73, 7285.40",
            "enterprise,   28580.00,  0.49, 14004.20",
            "platinum,     57180.00,  0.45, 25731.00",
            "diamond,      142980.00, 0.35, 50043.00"})
    void e8Monthly(String spec, String list, String discount, String payable) {
        FlatPerPeriod price = new FlatPerPeriod(Money.unitPrice(list), new BigDecimal(discount), Unit.MONTH);
        assertThat(price.payablePrice()).isEqualTo(Money.cny(payable));
        Quote quote = quoting.prepaid("apigw", "dedicated-" + spec, "ap-guangzhou", Map.of(), Term.ofMonths(1), now);
        assertThat(quote.total()).isEqualTo(Money.cny(payable));
    }

    @ParameterizedTest(name = "E8 {0}: {1} × {2} → {3} per hour")
    @DisplayName("E8 R-APG-7 dedicated instance hourly payable prices are list × discount, to the cent")
    @CsvSource({
            "basic,        5.94,   1,    5.94",
            "professional, 16.11,  0.73, 11.76",
            "enterprise,   46.12,  0.49, 22.60",
            "platinum,     92.28,  0.45, 41.53",
            "diamond,      230.75, 0.35, 80.76"})
    void e8Hourly(String spec, String list, String discount, String payable) {
        FlatPerPeriod price = new FlatPerPeriod(Money.unitPrice(list), new BigDecimal(discount), Unit.MONTH);
        assertThat(price.payablePrice()).isEqualTo(Money.cny(payable));
        Quote quote = quoting.usage("apigw", "dedicated-" + spec + "-hourly", "ap-guangzhou",
                Map.of("apigw.dedicated-" + spec + ".hour", Quantity.of(3600, Unit.SECOND)), YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny(payable));
    }

    private static Money line(Quote quote, String item) {
        return quote.lines().stream().filter(l -> l.item().equals(item)).findFirst().orElseThrow().amount();
    }
}
