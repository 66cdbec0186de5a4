package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.util.Objects;

/**
 * A free allowance per period (a calendar month: R-KMS-P3, R-KMS-2): the first {@code allowance} of the
 * period's cumulative quantity is free, the rest is rated by {@code then}.
 */
public record FreeAllowance(Quantity allowance, ChargeModel then) implements ChargeModel {

    public FreeAllowance {
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(then, "then");
        if (allowance.unit().dimension() != then.unit().dimension()) {
            throw new IllegalArgumentException("allowance and price must measure the same thing");
        }
    }

    @Override
    public Unit unit() {
        return then.unit();
    }

    @Override
    public Rating rate(Quantity quantity, RatingContext context) {
        Quantity prior = context.priorInPeriod().in(allowance.unit());
        Quantity free = quantity.in(allowance.unit()).min(allowance.minusFloorZero(prior));
        return rate(quantity, free, new RatingContext(prior.minusFloorZero(allowance), context.daysInMonth()));
    }

    /**
     * Rates {@code quantity} of which {@code free} is paid by the allowance, when the caller has shared the period's
     * allowance out itself (in time order across regions, A-22); {@code afterAllowance} is the context for the rest.
     */
    public Rating rate(Quantity quantity, Quantity free, RatingContext afterAllowance) {
        Quantity billable = quantity.in(allowance.unit()).minusFloorZero(free);
        Rating freePart = Rating.of(new Rating.Step("free allowance of " + allowance + " per month", free,
                Money.zero(Money.CNY), allowance, Money.zero(Money.CNY)));
        if (billable.isZero()) {
            return freePart;
        }
        return freePart.followedBy(then.rate(billable, afterAllowance));
    }
}
