package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of rating a quantity: the exact amount (not yet rounded, R-GEN-1) and the steps that
 * produced it, so a bill line can explain itself.
 */
public record Rating(Money amount, List<Step> steps) {

    public Rating {
        steps = List.copyOf(steps);
    }

    /**
     * One step: {@code quantity} charged at {@code unitPrice} per {@code per}, giving {@code amount}.
     * Free steps have a zero price; a discount step has a negative amount.
     */
    public record Step(String description, Quantity quantity, Money unitPrice, Quantity per, Money amount) {
    }

    public static Rating of(Step... steps) {
        return of(List.of(steps));
    }

    public static Rating of(List<Step> steps) {
        Money total = Money.zero(Money.CNY);
        for (Step step : steps) {
            total = total.plus(step.amount());
        }
        return new Rating(total, steps);
    }

    public Rating followedBy(Rating next) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(next.steps);
        return new Rating(amount.plus(next.amount), all);
    }
}
