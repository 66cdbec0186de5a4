package com.cloudsub.domain.catalog;

import java.util.Objects;

/** A product line: {@code ssm}, {@code kms}, {@code apigw}, {@code ssl}, {@code pca}. */
public record Product(String code, String name) {
    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
