package com.cloudsub.domain.catalog;

/** A price book entry's key: a price item in one region class. */
public record PriceKey(String item, String regionClass) {
}
