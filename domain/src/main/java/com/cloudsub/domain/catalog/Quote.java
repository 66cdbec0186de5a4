package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import java.util.List;

/**
 * A price preview: one line per price item, each rounded once (R-GEN-1), and their total. The
 * {@code priceVersion} is the price-book version in force at the quote's instant; each line names the
 * version that actually priced it (R-SUB-8, R-GEN-6).
 */
public record Quote(String product, String edition, String region, String priceVersion, List<Line> lines, Money total) {

    public record Line(String item, String name, Quantity quantity, String regionClass, String priceVersion,
                       List<Rating.Step> steps, Money amount) {
    }

    public Quote {
        lines = List.copyOf(lines);
    }

    static Quote of(String product, String edition, String region, String priceVersion, List<Line> lines) {
        Money total = Money.zero(Money.CNY);
        for (Line line : lines) {
            total = total.plus(line.amount());
        }
        return new Quote(product, edition, region, priceVersion, lines, total);
    }
}
