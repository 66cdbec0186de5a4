package com.cloudsub.domain.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of prices in force from {@code effectiveFrom} (R-SUB-8). A version may carry only the prices it
 * changes; items it does not mention keep the price of the latest earlier version.
 */
public record PriceBookVersion(String id, Instant effectiveFrom, String description, Map<PriceKey, ChargeModel> prices) {
    public PriceBookVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        prices = Map.copyOf(prices);
    }

    public Optional<ChargeModel> price(PriceKey key) {
        return Optional.ofNullable(prices.get(key));
    }
}
