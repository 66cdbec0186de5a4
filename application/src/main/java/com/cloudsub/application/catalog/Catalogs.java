package com.cloudsub.application.catalog;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.PriceKey;
import java.math.BigDecimal;
import java.time.Instant;

/** Where the catalogue and its price book are kept. */
public interface Catalogs {

    /** The whole catalogue with every price-book version. */
    Catalog current();

    /**
     * Adds a price-book version that changes one price: the price of {@code key} in version {@code copiedFrom}, with
     * {@code unitPrice} as its new unit price, effective from {@code effectiveFrom}.
     */
    void addVersion(String versionId, Instant effectiveFrom, String description, PriceKey key, String copiedFrom,
                    BigDecimal unitPrice, Instant createdAt);
}
