package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue for domain tests, built with the figures of RULES.md. The production catalogue is data in
 * the database (seeded by a migration); persistence integration tests run the same examples against it.
 */
public final class TestCatalog {

    public static final Instant FIRST_VERSION = Instant.parse("2018-12-31T16:00:00Z"); // 2019-01-01 00:00 Asia/Shanghai
    public static final Instant PRICE_CUT = Instant.parse("2022-03-24T10:00:00Z"); // 18:00:00 Asia/Shanghai

    private static final String[] SPECS = {"basic", "professional", "enterprise", "platinum", "diamond"};
    private static final String[] MONTHLY = {"3680.00", "9980.00", "28580.00", "57180.00", "142980.00"};
    private static final String[] HOURLY = {"5.94", "16.11", "46.12", "92.28", "230.75"};
    private static final String[] DISCOUNT = {"1", "0.73", "0.49", "0.45", "0.35"};

    private TestCatalog() {
    }

    public static Catalog standard() {
        List<Region> regions = List.of(
                new Region("ap-guangzhou", "Guangzhou", CloudType.PUBLIC),
                new Region("ap-hongkong", "Hong Kong", CloudType.PUBLIC),
                new Region("ap-bangkok", "Bangkok", CloudType.PUBLIC),
                new Region("ap-shanghai-fsi", "Shanghai Finance", CloudType.FINANCE));
        List<RegionScheme> schemes = List.of(
                new RegionScheme("ALL", Map.of("ap-guangzhou", "STD", "ap-hongkong", "STD", "ap-bangkok", "STD", "ap-shanghai-fsi", "STD")),
                new RegionScheme("SSM_GROUP", Map.of("ap-guangzhou", "G1", "ap-hongkong", "G2", "ap-bangkok", "G2")),
                new RegionScheme("APG_TRAFFIC", Map.of("ap-guangzhou", "ZONE_A", "ap-hongkong", "ZONE_B", "ap-bangkok", "ZONE_C")),
                new RegionScheme("CLOUD_TYPE", Map.of("ap-guangzhou", "PUBLIC", "ap-hongkong", "PUBLIC", "ap-bangkok", "PUBLIC",
                        "ap-shanghai-fsi", "FINANCE")));
        List<PriceItem> items = new ArrayList<>();
        List<Edition> editions = new ArrayList<>();
        Map<PriceKey, ChargeModel> first = new HashMap<>();
        Map<PriceKey, ChargeModel> cut = new HashMap<>();
        Quantity tenThousandCalls = Quantity.calls(10_000);

        items.add(new PriceItem("ssm.enterprise", "ssm", ItemKind.FEE, "SSM_GROUP", "SSM enterprise edition", Map.of("secrets", 1000L, "qps", 500L)));
        items.add(new PriceItem("ssm.secret-pack", "ssm", ItemKind.ADD_ON, "SSM_GROUP", "Secret pack", Map.of("secrets", 100L)));
        items.add(new PriceItem("ssm.secret", "ssm", ItemKind.METER, "ALL", "Secret storage", Map.of()));
        items.add(new PriceItem("ssm.api-call", "ssm", ItemKind.METER, "ALL", "SSM API calls", Map.of()));
        editions.add(new Edition("ssm", "enterprise", "Enterprise", BillingMode.PREPAID, true, "ssm.enterprise", List.of("ssm.secret-pack"), List.of()));
        editions.add(new Edition("ssm", "legacy", "Legacy pay-as-you-go", BillingMode.PAY_AS_YOU_GO, false, null, List.of(),
                List.of("ssm.secret", "ssm.api-call")));
        first.put(new PriceKey("ssm.enterprise", "G1"), FlatPerPeriod.monthly("2499"));
        first.put(new PriceKey("ssm.enterprise", "G2"), FlatPerPeriod.monthly("3699"));
        first.put(new PriceKey("ssm.secret-pack", "G1"), FlatPerPeriod.monthly("249"));
        first.put(new PriceKey("ssm.secret-pack", "G2"), FlatPerPeriod.monthly("369"));
        first.put(new PriceKey("ssm.secret", "STD"), new PerUnitPerDay(Money.unitPrice("3"), PerUnitPerDay.Basis.MONTH));
        first.put(new PriceKey("ssm.api-call", "STD"), new PerUnit(Money.unitPrice("0.4"), tenThousandCalls, tenThousandCalls));

        items.add(new PriceItem("kms.basic", "kms", ItemKind.FEE, "ALL", "KMS basic edition", Map.of("keys", 200L)));
        items.add(new PriceItem("kms.api-call", "kms", ItemKind.METER, "CLOUD_TYPE", "KMS API calls", Map.of()));
        editions.add(new Edition("kms", "basic", "Basic", BillingMode.PREPAID, true, "kms.basic", List.of(), List.of()));
        items.add(new PriceItem("kms.customer-key", "kms", ItemKind.METER, "CLOUD_TYPE", "KMS customer master keys", Map.of()));
        items.add(new PriceItem("kms.service-key", "kms", ItemKind.METER, "CLOUD_TYPE", "KMS service keys", Map.of()));
        editions.add(new Edition("kms", "payg", "Pay-as-you-go", BillingMode.PAY_AS_YOU_GO, true, null, List.of(),
                List.of("kms.api-call", "kms.customer-key", "kms.service-key")));
        first.put(new PriceKey("kms.customer-key", "PUBLIC"), new PerUnitPerDay(Money.unitPrice("0.2"), PerUnitPerDay.Basis.DAY));
        first.put(new PriceKey("kms.customer-key", "FINANCE"), new PerUnitPerDay(Money.unitPrice("0.38"), PerUnitPerDay.Basis.DAY));
        first.put(new PriceKey("kms.service-key", "PUBLIC"), new PerUnitPerDay(Money.unitPrice("0"), PerUnitPerDay.Basis.DAY));
        first.put(new PriceKey("kms.service-key", "FINANCE"), new PerUnitPerDay(Money.unitPrice("0"), PerUnitPerDay.Basis.DAY));
        first.put(new PriceKey("kms.basic", "STD"), FlatPerPeriod.monthly("2499"));
        first.put(new PriceKey("kms.api-call", "PUBLIC"), new FreeAllowance(Quantity.calls(20_000), PerUnit.of("0.6", tenThousandCalls)));
        first.put(new PriceKey("kms.api-call", "FINANCE"), new FreeAllowance(Quantity.calls(20_000), PerUnit.of("1.14", tenThousandCalls)));

        items.add(new PriceItem("apigw.api-call", "apigw", ItemKind.METER, "ALL", "API calls", Map.of()));
        items.add(new PriceItem("apigw.traffic", "apigw", ItemKind.METER, "APG_TRAFFIC", "Outbound traffic", Map.of()));
        items.add(new PriceItem("apigw.websocket-call", "apigw", ItemKind.METER, "ALL", "Calls of WebSocket-backed APIs", Map.of()));
        editions.add(new Edition("apigw", "shared", "Shared instance", BillingMode.PAY_AS_YOU_GO, true, null, List.of(),
                List.of("apigw.api-call", "apigw.traffic", "apigw.websocket-call")));
        first.put(new PriceKey("apigw.websocket-call", "STD"), PerUnit.of("0.00", tenThousandCalls));
        first.put(new PriceKey("apigw.api-call", "STD"), new Graduated(List.of(
                new Graduated.Tier(new BigDecimal("10000000"), Money.unitPrice("0.06")),
                new Graduated.Tier(new BigDecimal("100000000"), Money.unitPrice("0.04")),
                new Graduated.Tier(null, Money.unitPrice("0.03"))), tenThousandCalls));
        Quantity gigabyte = Quantity.of(1, Unit.GIGABYTE);
        first.put(new PriceKey("apigw.traffic", "ZONE_A"), PerUnit.of("0.80", gigabyte));
        first.put(new PriceKey("apigw.traffic", "ZONE_B"), PerUnit.of("1.00", gigabyte));
        first.put(new PriceKey("apigw.traffic", "ZONE_C"), PerUnit.of("0.50", gigabyte));

        for (int i = 0; i < SPECS.length; i++) {
            String fee = "apigw.dedicated-" + SPECS[i];
            String hour = fee + ".hour";
            items.add(new PriceItem(fee, "apigw", ItemKind.FEE, "ALL", "Dedicated " + SPECS[i], Map.of()));
            items.add(new PriceItem(hour, "apigw", ItemKind.METER, "ALL", "Dedicated " + SPECS[i] + " instance hours", Map.of()));
            editions.add(new Edition("apigw", "dedicated-" + SPECS[i], "Dedicated " + SPECS[i], BillingMode.PREPAID, true, fee, List.of(), List.of()));
            editions.add(new Edition("apigw", "dedicated-" + SPECS[i] + "-hourly", "Dedicated " + SPECS[i] + " (hourly)",
                    BillingMode.PAY_AS_YOU_GO, true, null, List.of(), List.of(hour, "apigw.traffic")));
            first.put(new PriceKey(fee, "STD"), FlatPerPeriod.monthly(MONTHLY[i]));
            first.put(new PriceKey(hour, "STD"), PerUnit.of(HOURLY[i], Quantity.of(1, Unit.HOUR)));
            FlatPerPeriod discountedMonthly = new FlatPerPeriod(Money.unitPrice(MONTHLY[i]), new BigDecimal(DISCOUNT[i]), Unit.MONTH);
            FlatPerPeriod discountedHourly = new FlatPerPeriod(Money.unitPrice(HOURLY[i]), new BigDecimal(DISCOUNT[i]), Unit.MONTH);
            cut.put(new PriceKey(fee, "STD"), discountedMonthly);
            cut.put(new PriceKey(hour, "STD"), new PerUnit(discountedHourly.payablePrice(), Quantity.of(1, Unit.HOUR), null));
        }
        PriceBook book = new PriceBook(List.of(
                new PriceBookVersion("2019-01", FIRST_VERSION, "launch prices", first),
                new PriceBookVersion("2022-03-24", PRICE_CUT, "API gateway dedicated price cut", cut)));
        List<Product> products = List.of(new Product("ssm", "Secrets Manager"), new Product("kms", "Key Management Service"),
                new Product("apigw", "API Gateway"));
        return new Catalog(products, regions, schemes, items, editions, book);
    }
}
