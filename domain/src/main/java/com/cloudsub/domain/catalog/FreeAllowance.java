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
        Quantity left = allowance.minusFloorZero(prior);
        Quantity free = quantity.in(allowance.unit()).min(left);
        Quantity billable = quantity.in(allowance.unit()).minusFloorZero(free);
        Rating freePart = Rating.of(new Rating.Step("free allowance of " + allowance + " per month", free,
                Money.zero(Money.CNY), allowance, Money.zero(Money.CNY)));
        if (billable.isZero()) {
            return freePart;
        }
        RatingContext afterAllowance = new RatingContext(prior.minusFloorZero(allowance), context.daysInMonth());
        return freePart.followedBy(then.rate(billable, afterAllowance));
    }
}
