package com.cloudsub.application.catalog;

import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * What the console asks to price: a product, edition and region, and then either a term in months
 * (prepaid), a quantity (one-time) or a month's usage profile (pay-as-you-go). {@code at} prices at
 * another instant than now (a scheduled price version); {@code month} defaults to the current one.
 */
public record QuoteCommand(String product, String edition, String region, Integer months, Integer quantity,
                           Map<String, Integer> addOns, Map<String, Amount> usage, YearMonth month, Instant at) {

    public QuoteCommand {
        requireText(product, "product");
        requireText(edition, "edition");
        requireText(region, "region");
        addOns = addOns == null ? Map.of() : Map.copyOf(addOns);
        usage = usage == null ? Map.of() : Map.copyOf(usage);
    }

    /** A usage quantity; without a unit it is in the meter's own unit. */
    public record Amount(java.math.BigDecimal amount, com.cloudsub.domain.shared.Unit unit) {
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " is required");
        }
        if (value.length() > 64) {
            throw DomainException.invalid(field, field + " is at most 64 characters");
        }
    }
}
