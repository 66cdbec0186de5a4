package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Graduated (progressive) tiers on the period's cumulative quantity (R-APG-1, A-25): each part of the
 * quantity is priced by the tier its cumulative position falls in, and a quantity that crosses a
 * boundary is split at the exact boundary.
 */
public record Graduated(List<Tier> tiers, Quantity per) implements ChargeModel {

    /** Up to {@code upTo} (inclusive, cumulative, in the unit of {@code per}; null = no limit) at this price. */
    public record Tier(BigDecimal upTo, Money unitPrice) {
    }

    public Graduated {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(per, "per");
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("the last tier has no upper bound");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size() - 1; i++) {
            BigDecimal upTo = tiers.get(i).upTo();
            if (upTo == null || upTo.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("tier bounds must increase");
            }
            previous = upTo;
        }
    }

    @Override
    public Unit unit() {
        return per.unit();
    }

    @Override
    public Rating rate(Quantity quantity, RatingContext context) {
        BigDecimal start = context.priorInPeriod().in(per.unit()).amount();
        BigDecimal end = start.add(quantity.in(per.unit()).amount());
        List<Rating.Step> steps = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            BigDecimal upper = tier.upTo();
            BigDecimal from = start.max(lower);
            BigDecimal to = upper == null ? end : end.min(upper);
            if (to.compareTo(from) > 0) {
                Quantity part = new Quantity(to.subtract(from), per.unit());
                String range = "(" + lower.stripTrailingZeros().toPlainString() + ", "
                        + (upper == null ? "∞" : upper.stripTrailingZeros().toPlainString()) + "]";
                steps.add(new Rating.Step("tier " + range, part, tier.unitPrice(), per,
                        tier.unitPrice().times(part.ratioTo(per))));
            }
            if (upper == null) {
                break;
            }
            lower = upper;
        }
        if (steps.isEmpty()) {
            steps.add(new Rating.Step("nothing to charge", quantity, tiers.get(0).unitPrice(), per, Money.zero(Money.CNY)));
        }
        return Rating.of(steps);
    }
}
