package com.cloudsub.web.catalog;

import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Rating;
import java.math.BigDecimal;
import java.util.List;

/** An itemised price preview; amounts are exact decimals in {@code currency}. */
record QuoteResponse(String product, String edition, String region, String priceVersion, String currency,
                     BigDecimal total, List<Line> lines) {

    record Line(String item, String name, BigDecimal quantity, String unit, String regionClass, String priceVersion,
                BigDecimal amount, List<Step> steps) {
    }

    record Step(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal per,
                String perUnit, BigDecimal amount) {
    }

    static QuoteResponse of(Quote quote) {
        return new QuoteResponse(quote.product(), quote.edition(), quote.region(), quote.priceVersion(),
                quote.total().currency(), quote.total().amount(),
                quote.lines().stream().map(QuoteResponse::line).toList());
    }

    private static Line line(Quote.Line line) {
        return new Line(line.item(), line.name(), line.quantity().amount(), line.quantity().unit().name(),
                line.regionClass(), line.priceVersion(), line.amount().amount(),
                line.steps().stream().map(QuoteResponse::step).toList());
    }

    private static Step step(Rating.Step step) {
        return new Step(step.description(), step.quantity().amount(), step.quantity().unit().name(),
                step.unitPrice().amount(), step.per().amount(), step.per().unit().name(), step.amount().amount());
    }
}
