package com.cloudsub.domain.catalog;

/** A charge model found in the price book, with the version that holds it (R-GEN-6). */
public record ResolvedPrice(PriceKey key, ChargeModel model, String versionId) {
}
