package com.cloudsub.domain.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * Something with a price in the price book: an edition fee ({@code kms.basic}), an add-on
 * ({@code ssm.secret-pack}), a meter ({@code apigw.traffic}) or a pack. Its price depends on the region
 * class the item's {@code regionScheme} puts the region in. {@code capacity} says what one of it
 * grants (e.g. {@code secrets=100}).
 */
public record PriceItem(String code, String product, ItemKind kind, String regionScheme, String name,
                        Map<String, Long> capacity) {
    public PriceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(regionScheme, "regionScheme");
        Objects.requireNonNull(name, "name");
        capacity = Map.copyOf(capacity);
    }
}
