package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Quantity;
import java.util.Objects;

/**
 * What a rating needs besides the quantity: how much of the same meter was already rated earlier in
 * the same period (graduated tiers and free allowances work on the period's cumulative count) and
 * how many days the billing month has (monthly prices metered daily).
 */
public record RatingContext(Quantity priorInPeriod, int daysInMonth) {

    public RatingContext {
        Objects.requireNonNull(priorInPeriod, "priorInPeriod");
        if (daysInMonth < 28 || daysInMonth > 31) {
            throw new IllegalArgumentException("a month has 28 to 31 days: " + daysInMonth);
        }
    }

    public static RatingContext firstInMonth(com.cloudsub.domain.shared.Unit unit, int daysInMonth) {
        return new RatingContext(Quantity.zero(unit), daysInMonth);
    }
}
