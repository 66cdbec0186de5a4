package com.cloudsub.persistence.catalog;

import static com.cloudsub.persistence.jooq.Tables.EDITION;
import static com.cloudsub.persistence.jooq.Tables.EDITION_ITEM;
import static com.cloudsub.persistence.jooq.Tables.PRICE;
import static com.cloudsub.persistence.jooq.Tables.PRICE_BOOK_VERSION;
import static com.cloudsub.persistence.jooq.Tables.PRICE_ITEM;
import static com.cloudsub.persistence.jooq.Tables.PRICE_ITEM_CAPACITY;
import static com.cloudsub.persistence.jooq.Tables.PRICE_TIER;
import static com.cloudsub.persistence.jooq.Tables.PRODUCT;
import static com.cloudsub.persistence.jooq.Tables.REGION;
import static com.cloudsub.persistence.jooq.Tables.REGION_CLASS;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.domain.catalog.BillingMode;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.ChargeModel;
import com.cloudsub.domain.catalog.CloudType;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.FlatPerPeriod;
import com.cloudsub.domain.catalog.FreeAllowance;
import com.cloudsub.domain.catalog.Graduated;
import com.cloudsub.domain.catalog.ItemKind;
import com.cloudsub.domain.catalog.PerUnit;
import com.cloudsub.domain.catalog.PerUnitPerDay;
import com.cloudsub.domain.catalog.PriceBook;
import com.cloudsub.domain.catalog.PriceBookVersion;
import com.cloudsub.domain.catalog.PriceItem;
import com.cloudsub.domain.catalog.PriceKey;
import com.cloudsub.domain.catalog.Product;
import com.cloudsub.domain.catalog.Region;
import com.cloudsub.domain.catalog.RegionScheme;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.persistence.jooq.tables.records.PriceRecord;
import com.cloudsub.persistence.jooq.tables.records.PriceTierRecord;
import com.cloudsub.persistence.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The catalogue read from its tables. Loaded once and kept until the price book changes: at most once a
 * second a cheap fingerprint (versions and prices counted) is compared, so every node sees a new version
 * within a second. Interval measurement uses the monotonic nanosecond timer, not the platform clock.
 */
@Component
class JooqCatalogs implements Catalogs {

    private final DSLContext dsl;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    /** How long a loaded catalogue is trusted before the fingerprint is checked again. */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private record Cached(String fingerprint, Catalog catalog, long checkedAt) {
    }

    JooqCatalogs(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Catalog current() {
        Cached cached = cache.get();
        long now = System.nanoTime();
        if (cached != null && now - cached.checkedAt() < RECHECK_NANOS) {
            return cached.catalog();
        }
        String fingerprint = fingerprint();
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            cache.set(new Cached(fingerprint, cached.catalog(), now));
            return cached.catalog();
        }
        Catalog catalog = load();
        cache.set(new Cached(fingerprint, catalog, now));
        return catalog;
    }

    @Override
    public void addVersion(String versionId, Instant effectiveFrom, String description, PriceKey key, String copiedFrom,
                           BigDecimal unitPrice, Instant createdAt) {
        dsl.insertInto(PRICE_BOOK_VERSION, PRICE_BOOK_VERSION.ID, PRICE_BOOK_VERSION.EFFECTIVE_FROM, PRICE_BOOK_VERSION.DESCRIPTION,
                PRICE_BOOK_VERSION.CREATED_AT).values(versionId, Times.utc(effectiveFrom), description, Times.utc(createdAt)).execute();
        dsl.insertInto(PRICE, PRICE.VERSION_ID, PRICE.ITEM_CODE, PRICE.REGION_CLASS, PRICE.CHARGE_MODEL, PRICE.UNIT_PRICE, PRICE.DISCOUNT,
                        PRICE.UNIT, PRICE.PER_AMOUNT, PRICE.MINIMUM_AMOUNT, PRICE.DAY_BASIS, PRICE.ALLOWANCE_AMOUNT, PRICE.ALLOWANCE_UNIT)
                .select(dsl.select(DSL.val(versionId), PRICE.ITEM_CODE, PRICE.REGION_CLASS, PRICE.CHARGE_MODEL, DSL.val(unitPrice),
                                PRICE.DISCOUNT, PRICE.UNIT, PRICE.PER_AMOUNT, PRICE.MINIMUM_AMOUNT, PRICE.DAY_BASIS, PRICE.ALLOWANCE_AMOUNT,
                                PRICE.ALLOWANCE_UNIT)
                        .from(PRICE)
                        .where(PRICE.VERSION_ID.eq(copiedFrom), PRICE.ITEM_CODE.eq(key.item()), PRICE.REGION_CLASS.eq(key.regionClass())))
                .execute();
        forget();
    }

    /** Forgets the loaded catalogue, so the next read reloads it (after an operator changes prices on this node). */
    void forget() {
        cache.set(null);
    }

    private String fingerprint() {
        Record2<Integer, Integer> counts = dsl.select(
                        DSL.selectCount().from(PRICE_BOOK_VERSION).<Integer>asField(),
                        DSL.selectCount().from(PRICE).<Integer>asField())
                .fetchOne();
        return counts.value1() + "/" + counts.value2();
    }

    private Catalog load() {
        List<Product> products = dsl.selectFrom(PRODUCT).fetch(r -> new Product(r.getCode(), r.getName()));
        List<Region> regions = dsl.selectFrom(REGION)
                .fetch(r -> new Region(r.getCode(), r.getName(), CloudType.valueOf(r.getCloudType())));
        List<RegionScheme> schemes = dsl.selectFrom(REGION_CLASS).fetch().stream()
                .collect(groupingBy(r -> r.getScheme(), toMap(r -> r.getRegionCode(), r -> r.getClassCode())))
                .entrySet().stream().map(e -> new RegionScheme(e.getKey(), e.getValue())).toList();
        Map<String, Map<String, Long>> capacities = dsl.selectFrom(PRICE_ITEM_CAPACITY).fetch().stream()
                .collect(groupingBy(r -> r.getItemCode(), toMap(r -> r.getCapacity(), r -> r.getAmount())));
        List<PriceItem> items = dsl.selectFrom(PRICE_ITEM).fetch(r -> new PriceItem(r.getCode(), r.getProductCode(),
                ItemKind.valueOf(r.getKind()), r.getRegionScheme(), r.getName(), capacities.getOrDefault(r.getCode(), Map.of())));
        Map<String, List<String>> addOns = editionItems("ADD_ON");
        Map<String, List<String>> meters = editionItems("METER");
        List<Edition> editions = dsl.selectFrom(EDITION).fetch(r -> {
            String key = r.getProductCode() + "/" + r.getCode();
            return new Edition(r.getProductCode(), r.getCode(), r.getName(), BillingMode.valueOf(r.getBillingMode()),
                    r.getOnSale(), r.getFeeItem(), addOns.getOrDefault(key, List.of()), meters.getOrDefault(key, List.of()));
        });
        return new Catalog(products, regions, schemes, items, editions, priceBook());
    }

    private Map<String, List<String>> editionItems(String role) {
        return dsl.selectFrom(EDITION_ITEM).where(EDITION_ITEM.ROLE.eq(role)).orderBy(EDITION_ITEM.ITEM_CODE).fetch().stream()
                .collect(groupingBy(r -> r.getProductCode() + "/" + r.getEditionCode(), mapping(r -> r.getItemCode(), toList())));
    }

    private PriceBook priceBook() {
        Map<String, List<PriceTierRecord>> tiers = dsl.selectFrom(PRICE_TIER).orderBy(PRICE_TIER.TIER_NO).fetch().stream()
                .collect(groupingBy(t -> t.getVersionId() + "|" + t.getItemCode() + "|" + t.getRegionClass()));
        Map<String, Map<PriceKey, ChargeModel>> prices = new HashMap<>();
        for (PriceRecord price : dsl.selectFrom(PRICE).fetch()) {
            List<PriceTierRecord> priceTiers = tiers.getOrDefault(
                    price.getVersionId() + "|" + price.getItemCode() + "|" + price.getRegionClass(), List.of());
            prices.computeIfAbsent(price.getVersionId(), v -> new HashMap<>())
                    .put(new PriceKey(price.getItemCode(), price.getRegionClass()), chargeModel(price, priceTiers));
        }
        List<PriceBookVersion> versions = new ArrayList<>();
        dsl.selectFrom(PRICE_BOOK_VERSION).orderBy(PRICE_BOOK_VERSION.EFFECTIVE_FROM).forEach(v -> versions.add(
                new PriceBookVersion(v.getId(), v.getEffectiveFrom().toInstant(ZoneOffset.UTC), v.getDescription(),
                        prices.getOrDefault(v.getId(), Map.of()))));
        versions.sort(Comparator.comparing(PriceBookVersion::effectiveFrom));
        return new PriceBook(versions);
    }

    static ChargeModel chargeModel(PriceRecord price, List<PriceTierRecord> tiers) {
        Unit unit = price.getUnit() == null ? null : Unit.valueOf(price.getUnit());
        ChargeModel model = switch (price.getChargeModel()) {
            case "FLAT" -> new FlatPerPeriod(Money.cny(price.getUnitPrice()), price.getDiscount(), unit);
            case "PER_UNIT" -> new PerUnit(Money.cny(price.getUnitPrice()), new Quantity(price.getPerAmount(), unit),
                    price.getMinimumAmount() == null ? null : new Quantity(price.getMinimumAmount(), unit));
            case "PER_UNIT_PER_DAY" -> new PerUnitPerDay(Money.cny(price.getUnitPrice()),
                    PerUnitPerDay.Basis.valueOf(price.getDayBasis()));
            case "GRADUATED" -> new Graduated(tiers.stream()
                    .map(t -> new Graduated.Tier(t.getUpTo(), Money.cny(t.getUnitPrice()))).toList(),
                    new Quantity(price.getPerAmount(), unit));
            default -> throw new IllegalStateException("unknown charge model " + price.getChargeModel());
        };
        if (price.getAllowanceAmount() != null) {
            model = new FreeAllowance(new Quantity(price.getAllowanceAmount(), Unit.valueOf(price.getAllowanceUnit())), model);
        }
        return model;
    }
}
