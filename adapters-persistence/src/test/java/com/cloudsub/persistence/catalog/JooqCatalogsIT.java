package com.cloudsub.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.persistence.PersistenceTestApplication;
import com.cloudsub.persistence.shared.TestDatabase;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The seeded catalogue, read back from a real MariaDB, prices the worked examples exactly. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class JooqCatalogsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    JooqCatalogs catalogs;
    @Autowired
    DSLContext dsl;

    private final Instant now = Instant.parse("2026-11-23T00:00:00Z");

    private Quoting quoting() {
        return new Quoting(catalogs.current());
    }

    @Test
    void everyProductLineIsInTheCatalogue() {
        Catalog catalog = catalogs.current();
        assertThat(catalog.products()).extracting(p -> p.code()).containsExactlyInAnyOrder("ssm", "kms", "apigw", "ssl", "pca");
        assertThat(catalog.editions()).extracting(e -> e.product() + "/" + e.code()).contains(
                "ssm/enterprise", "ssm/legacy", "kms/basic", "kms/exclusive", "kms/whitebox", "kms/payg",
                "apigw/shared", "apigw/dedicated-diamond", "apigw/dedicated-diamond-hourly", "apigw/call-pack-5m",
                "ssl/digicert-dv-wildcard-1y", "ssl/free-dv", "pca/on-demand");
    }

    @Test
    @DisplayName("R-SUB-1 KMS basic, 12 months → 29,988.00")
    void kmsBasic() {
        Quote quote = quoting().prepaid("kms", "basic", "ap-guangzhou", Map.of(), Term.ofMonths(12), now);
        assertThat(quote.total()).isEqualTo(Money.cny("29988.00"));
    }

    @Test
    @DisplayName("R-SSM-1 R-SSM-2 SSM enterprise in region group 1 with a secret and a performance pack")
    void ssm() {
        Quote quote = quoting().prepaid("ssm", "enterprise", "ap-beijing",
                Map.of("ssm.secret-pack", 1, "ssm.performance-pack", 1), Term.ofMonths(1), now);
        assertThat(quote.total()).isEqualTo(Money.cny("3388.00"));
        Quote g2 = quoting().prepaid("ssm", "enterprise", "ap-singapore", Map.of(), Term.ofMonths(1), now);
        assertThat(g2.total()).isEqualTo(Money.cny("3699.00"));
    }

    @Test
    @DisplayName("E1 SSM legacy month → 302.40")
    void e1() {
        Quote quote = quoting().usage("ssm", "legacy", "ap-shanghai", Map.of(
                "ssm.secret", Quantity.of(3000, Unit.UNIT_DAY), "ssm.api-call", Quantity.calls(60_000)), YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny("302.40"));
    }

    @Test
    @DisplayName("E3 API gateway 5,000,000 calls and 20,000,000 KB in Guangzhou → 45.26")
    void e3() {
        Quote quote = quoting().usage("apigw", "shared", "ap-guangzhou", Map.of(
                "apigw.api-call", Quantity.calls(5_000_000), "apigw.traffic", Quantity.of(20_000_000, Unit.KILOBYTE)),
                YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny("45.26"));
    }

    @ParameterizedTest(name = "R-APG-2 E4 10 GB in {0} → {1}")
    @CsvSource({"ap-guangzhou, 8.00", "ap-hongkong, 10.00", "na-ashburn, 5.00", "ap-seoul, 8.00"})
    void e4(String region, String amount) {
        Quote quote = quoting().usage("apigw", "shared", region, Map.of("apigw.traffic", Quantity.of(10, Unit.GIGABYTE)),
                YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny(amount));
    }

    @ParameterizedTest(name = "E8 {0}: {1} per month, {2} per hour")
    @CsvSource({"basic, 3680.00, 5.94", "professional, 7285.40, 11.76", "enterprise, 14004.20, 22.60",
            "platinum, 25731.00, 41.53", "diamond, 50043.00, 80.76"})
    void e8(String spec, String monthly, String hourly) {
        assertThat(quoting().prepaid("apigw", "dedicated-" + spec, "ap-guangzhou", Map.of(), Term.ofMonths(1), now).total())
                .isEqualTo(Money.cny(monthly));
        assertThat(quoting().usage("apigw", "dedicated-" + spec + "-hourly", "ap-guangzhou",
                Map.of("apigw.dedicated-" + spec + ".hour", Quantity.of(1, Unit.HOUR)), YearMonth.of(2026, 11), now).total())
                .isEqualTo(Money.cny(hourly));
    }

    @Test
    @DisplayName("R-SUB-8 the price cut is in force from 2022-03-24 18:00:00 Asia/Shanghai, not a second earlier")
    void priceCut() {
        Instant before = Instant.parse("2022-03-24T09:59:59Z");
        Instant at = Instant.parse("2022-03-24T10:00:00Z");
        Quote old = quoting().prepaid("apigw", "dedicated-platinum", "ap-guangzhou", Map.of(), Term.ofMonths(1), before);
        Quote cut = quoting().prepaid("apigw", "dedicated-platinum", "ap-guangzhou", Map.of(), Term.ofMonths(1), at);
        assertThat(old.total()).isEqualTo(Money.cny("57180.00"));
        assertThat(old.priceVersion()).isEqualTo("2019-01");
        assertThat(cut.total()).isEqualTo(Money.cny("25731.00"));
        assertThat(cut.priceVersion()).isEqualTo("2022-03-24");
    }

    @Test
    @DisplayName("R-KMS-P1 R-KMS-P3 pay-as-you-go KMS by cloud type, 20,000 free calls a month")
    void kmsPayg() {
        Map<String, Quantity> usage = Map.of("kms.customer-key", Quantity.of(10 * 30, Unit.UNIT_DAY), "kms.api-call", Quantity.calls(120_000));
        assertThat(quoting().usage("kms", "payg", "ap-guangzhou", usage, YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("66.00"));
        assertThat(quoting().usage("kms", "payg", "cn-shanghai-finance", usage, YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("125.40"));
        assertThat(quoting().usage("kms", "payg", "cn-beijing-gov", usage, YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("132.00"));
    }

    @Test
    @DisplayName("R-KMS-P2 service keys are free in every cloud type")
    void serviceKeysFree() {
        for (String region : new String[] {"ap-guangzhou", "cn-shanghai-finance", "cn-beijing-gov"}) {
            assertThat(quoting().usage("kms", "payg", region, Map.of("kms.service-key", Quantity.of(50 * 31, Unit.UNIT_DAY)),
                    YearMonth.of(2026, 12), now).total()).isEqualTo(Money.cny("0.00"));
        }
    }

    @Test
    @DisplayName("R-KMS-2 KMS exclusive: the first 20,000 calls of the month are included, then 1.2 per 10,000")
    void kmsExclusiveCalls() {
        Quote quote = quoting().usage("kms", "exclusive", "ap-guangzhou", Map.of("kms.exclusive.api-call", Quantity.calls(50_000)),
                YearMonth.of(2026, 11), now);
        assertThat(quote.total()).isEqualTo(Money.cny("3.60"));
        assertThat(quoting().usage("kms", "exclusive", "ap-guangzhou", Map.of("kms.exclusive.api-call", Quantity.calls(20_000)),
                YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("0.00"));
    }

    @Test
    @DisplayName("R-KMS-3 KMS white-box keys: one payment of 20,000.00")
    void whitebox() {
        assertThat(quoting().oneTime("kms", "whitebox", "ap-guangzhou", Map.of(), 1, now).total()).isEqualTo(Money.cny("20000.00"));
    }

    @Test
    @DisplayName("R-SUB-8 a new price-book version is picked up by every later read")
    void newVersionIsSeen() {
        dsl.execute("INSERT INTO price_book_version (id, effective_from, description, created_at) "
                + "VALUES ('it-2030', '2030-01-01 00:00:00', 'test', '2026-11-23 00:00:00')");
        dsl.execute("INSERT INTO price (version_id, item_code, region_class, charge_model, unit_price, discount, unit) "
                + "VALUES ('it-2030', 'kms.basic', 'STD', 'FLAT', 2599.00, 1, 'MONTH')");
        catalogs.forget();
        try {
            assertThat(quoting().prepaid("kms", "basic", "ap-guangzhou", Map.of(), Term.ofMonths(1), now).total())
                    .isEqualTo(Money.cny("2499.00"));
            Quote later = quoting().prepaid("kms", "basic", "ap-guangzhou", Map.of(), Term.ofMonths(1), Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(later.total()).isEqualTo(Money.cny("2599.00"));
            assertThat(later.priceVersion()).isEqualTo("it-2030");
        } finally {
            dsl.execute("DELETE FROM price WHERE version_id = 'it-2030'");
            dsl.execute("DELETE FROM price_book_version WHERE id = 'it-2030'");
            catalogs.forget();
        }
    }
}
