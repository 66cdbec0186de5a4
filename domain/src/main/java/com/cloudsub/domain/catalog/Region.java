package com.cloudsub.domain.catalog;

import java.util.Objects;

/** A region products are sold in, e.g. {@code ap-guangzhou}. */
public record Region(String code, String name, CloudType cloudType) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cloudType, "cloudType");
    }
}
