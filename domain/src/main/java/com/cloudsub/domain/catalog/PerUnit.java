package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.util.Objects;

/**
 * A price per block of a unit, charged proportionally: per 10,000 calls (R-GEN-2), per GB with
 * 1024-based GB (R-GEN-3), per hour accrued per second. An optional minimum bills any non-zero
 * quantity below it as the minimum (R-SSM-L4); zero is free.
 */
public record PerUnit(Money unitPrice, Quantity per, Quantity minimum) implements ChargeModel {

    public PerUnit {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(per, "per");
        if (per.isZero()) {
            throw new IllegalArgumentException("a price is per a positive quantity");
        }
        if (minimum != null && minimum.unit().dimension() != per.unit().dimension()) {
            throw new IllegalArgumentException("minimum and per must measure the same thing");
        }
    }

    public static PerUnit of(String unitPrice, Quantity per) {
        return new PerUnit(Money.unitPrice(unitPrice), per, null);
    }

    @Override
    public Unit unit() {
        return per.unit();
    }

    @Override
    public Rating rate(Quantity quantity, RatingContext context) {
        if (quantity.isZero()) {
            return Rating.of(new Rating.Step("nothing to charge", quantity, unitPrice, per, Money.zero(unitPrice.currency())));
        }
        if (minimum != null && quantity.compareTo(minimum) < 0) {
            Money amount = unitPrice.times(minimum.ratioTo(per));
            return Rating.of(new Rating.Step("minimum of " + minimum + " applies to " + quantity,
                    minimum, unitPrice, per, amount));
        }
        return Rating.of(new Rating.Step("proportional", quantity, unitPrice, per, unitPrice.times(quantity.ratioTo(per))));
    }
}
