package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The product catalogue as data: products, regions, how each item groups regions into price classes,
 * editions, price items and the versioned price book. Lookups answer domain exceptions naming the
 * input at fault.
 */
public final class Catalog {

    private final Map<String, Product> products;
    private final Map<String, Region> regions;
    private final Map<String, RegionScheme> schemes;
    private final Map<String, PriceItem> items;
    private final Map<String, Edition> editions;
    private final PriceBook priceBook;

    public Catalog(Collection<Product> products, Collection<Region> regions, Collection<RegionScheme> schemes,
                   Collection<PriceItem> items, Collection<Edition> editions, PriceBook priceBook) {
        this.products = index(products, Product::code);
        this.regions = index(regions, Region::code);
        this.schemes = index(schemes, RegionScheme::code);
        this.items = index(items, PriceItem::code);
        this.editions = index(editions, e -> key(e.product(), e.code()));
        this.priceBook = Objects.requireNonNull(priceBook, "priceBook");
        for (PriceItem item : items) {
            if (!this.schemes.containsKey(item.regionScheme())) {
                throw new IllegalArgumentException("item " + item.code() + " names unknown scheme " + item.regionScheme());
            }
        }
        for (Edition edition : editions) {
            if (edition.feeItem() != null && !this.items.containsKey(edition.feeItem())) {
                throw new IllegalArgumentException("edition " + edition.code() + " names unknown item " + edition.feeItem());
            }
        }
    }

    private static <T> Map<String, T> index(Collection<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static String key(String product, String edition) {
        return product + "/" + edition;
    }

    public Collection<Product> products() {
        return products.values();
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<Edition> editions() {
        return editions.values();
    }

    public PriceBook priceBook() {
        return priceBook;
    }

    public Product product(String code) {
        Product product = products.get(code);
        if (product == null) {
            throw DomainException.notFound("product", "unknown product '" + code + "'; known: " + products.keySet());
        }
        return product;
    }

    public Edition edition(String product, String code) {
        product(product);
        Edition edition = editions.get(key(product, code));
        if (edition == null) {
            List<String> known = editions.values().stream().filter(e -> e.product().equals(product)).map(Edition::code).sorted().toList();
            throw DomainException.notFound("edition", "unknown edition '" + code + "' of " + product + "; known: " + known);
        }
        return edition;
    }

    public Region region(String code) {
        Region region = regions.get(code);
        if (region == null) {
            throw DomainException.notFound("region", "unknown region '" + code + "'");
        }
        return region;
    }

    public PriceItem item(String code) {
        PriceItem item = items.get(code);
        if (item == null) {
            throw DomainException.notFound("item", "unknown price item '" + code + "'");
        }
        return item;
    }

    /** The price of {@code item} in {@code region} in force at {@code at}. */
    public ResolvedPrice price(String itemCode, String regionCode, Instant at) {
        PriceItem item = item(itemCode);
        Region region = region(regionCode);
        String regionClass = schemes.get(item.regionScheme()).classOf(region.code())
                .orElseThrow(() -> DomainException.refused("region-not-offered", "region",
                        item.name() + " is not sold in " + region.code()));
        PriceKey key = new PriceKey(item.code(), regionClass);
        return priceBook.priceAt(key, at)
                .orElseThrow(() -> DomainException.refused("no-list-price", "edition",
                        item.name() + " has no list price in " + regionClass + " (priced by quotation)"));
    }
}
