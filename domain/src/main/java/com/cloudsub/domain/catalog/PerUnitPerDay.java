package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price per resource per day, for resources billed by the days they exist (keys, secrets). The
 * quantity is in unit-days. When the price is quoted per month ({@link Basis#MONTH}), one day costs
 * price ÷ days in that calendar month, so a resource held all month costs exactly the monthly price
 * (R-SSM-L1, A-01).
 */
public record PerUnitPerDay(Money price, Basis basis) implements ChargeModel {

    public enum Basis { DAY, MONTH }

    public PerUnitPerDay {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(basis, "basis");
    }

    @Override
    public Unit unit() {
        return Unit.UNIT_DAY;
    }

    @Override
    public Rating rate(Quantity quantity, RatingContext context) {
        Quantity unitDays = quantity.in(Unit.UNIT_DAY);
        if (basis == Basis.DAY) {
            return Rating.of(new Rating.Step("per unit per day", unitDays, price, Quantity.of(1, Unit.UNIT_DAY),
                    price.times(unitDays.amount())));
        }
        BigDecimal days = BigDecimal.valueOf(context.daysInMonth());
        Money amount = price.times(unitDays.amount()).dividedBy(days);
        return Rating.of(new Rating.Step("per unit per month, metered daily over " + context.daysInMonth() + " days",
                unitDays, price, Quantity.of(context.daysInMonth(), Unit.UNIT_DAY), amount));
    }
}
