package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Quantity;

/**
 * How a price item turns a quantity into money: the small closed set of charge models of the
 * price book. Every model explains itself through the {@link Rating} it returns.
 */
public sealed interface ChargeModel
        permits FlatPerPeriod, PerUnit, PerUnitPerDay, Graduated, FreeAllowance {

    Rating rate(Quantity quantity, RatingContext context);

    /** The unit a quantity for this model is measured in. */
    com.cloudsub.domain.shared.Unit unit();
}
