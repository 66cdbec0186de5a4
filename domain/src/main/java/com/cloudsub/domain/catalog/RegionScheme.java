package com.cloudsub.domain.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a product groups regions into price classes (R-SSM-1 region groups, R-APG-2 traffic zones, KMS cloud
 * types). A region missing from the scheme is not sold under it.
 */
public record RegionScheme(String code, Map<String, String> classByRegion) {
    public RegionScheme {
        Objects.requireNonNull(code, "code");
        classByRegion = Map.copyOf(classByRegion);
    }

    public Optional<String> classOf(String region) {
        return Optional.ofNullable(classByRegion.get(region));
    }
}
