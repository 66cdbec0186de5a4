package com.cloudsub.domain.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All price-book versions; answers which price was in force at an instant (R-SUB-8). */
public record PriceBook(List<PriceBookVersion> versions) {

    public PriceBook {
        versions = versions.stream().sorted(Comparator.comparing(PriceBookVersion::effectiveFrom).reversed()).toList();
    }

    /** The price of {@code key} in the latest version effective at or before {@code at} that prices it. */
    public Optional<ResolvedPrice> priceAt(PriceKey key, Instant at) {
        for (PriceBookVersion version : versions) {
            if (!version.effectiveFrom().isAfter(at)) {
                Optional<ChargeModel> model = version.price(key);
                if (model.isPresent()) {
                    return Optional.of(new ResolvedPrice(key, model.get(), version.id()));
                }
            }
        }
        return Optional.empty();
    }
}
