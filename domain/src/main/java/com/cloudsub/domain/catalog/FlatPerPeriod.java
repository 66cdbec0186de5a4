package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fixed list price per period (month, year, or once per piece) with an optional edition discount.
 * The payable unit price is list × discount, published to the cent (R-APG-7, E8); the quantity is the
 * number of periods bought (R-SUB-1).
 */
public record FlatPerPeriod(Money listPrice, BigDecimal discount, Unit period) implements ChargeModel {

    public FlatPerPeriod {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(period, "period");
        if (discount.signum() <= 0 || discount.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a discount is a factor in (0, 1]: " + discount);
        }
        if (period != Unit.MONTH && period != Unit.YEAR && period != Unit.PIECE) {
            throw new IllegalArgumentException("a flat price is per month, year or piece: " + period);
        }
    }

    public static FlatPerPeriod monthly(String listPrice) {
        return new FlatPerPeriod(Money.unitPrice(listPrice), BigDecimal.ONE, Unit.MONTH);
    }

    public static FlatPerPeriod once(String listPrice) {
        return new FlatPerPeriod(Money.unitPrice(listPrice), BigDecimal.ONE, Unit.PIECE);
    }

    /** The price actually paid per period: list × discount, rounded once (R-APG-7). */
    public Money payablePrice() {
        return listPrice.times(discount).rounded();
    }

    public boolean discounted() {
        return discount.compareTo(BigDecimal.ONE) < 0;
    }

    @Override
    public Unit unit() {
        return period;
    }

    @Override
    public Rating rate(Quantity quantity, RatingContext context) {
        Quantity periods = quantity.in(period);
        Quantity one = Quantity.of(1, period);
        List<Rating.Step> steps = new ArrayList<>();
        Money list = listPrice.times(periods.amount());
        steps.add(new Rating.Step("list price", periods, listPrice, one, list));
        if (discounted()) {
            Money payable = payablePrice().times(periods.amount());
            steps.add(new Rating.Step("edition discount ×" + discount.stripTrailingZeros().toPlainString(),
                    periods, payablePrice().minus(listPrice), one, payable.minus(list)));
        }
        return Rating.of(steps);
    }
}
