package com.cloudsub.application.subscription;

import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.shared.Money;

/** Small helpers between quotes and orders. */
final class Prices {

    private Prices() {
    }

    /** A quote's price before edition discounts: the sum of its positive steps, rounded. */
    static Money list(Quote quote) {
        Money list = Money.zero(Money.CNY);
        for (Quote.Line line : quote.lines()) {
            for (Rating.Step step : line.steps()) {
                if (!step.amount().isNegative()) {
                    list = list.plus(step.amount());
                }
            }
        }
        return list.rounded();
    }

}
