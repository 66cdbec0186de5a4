package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices what the console shows before a purchase: a prepaid order (edition fee × months plus add-ons,
 * minus the edition discount: R-SUB-1), a one-time purchase (unit price × quantity), or a month of
 * pay-as-you-go usage (each meter by its charge model).
 */
public final class Quoting {

    /** The most add-on packs of one kind on one order. */
    public static final int MAX_ADD_ONS = 1_000;
    /** The most pieces of a one-time item on one order. */
    public static final int MAX_PIECES = 1_000;

    private final Catalog catalog;

    public Quoting(Catalog catalog) {
        this.catalog = catalog;
    }

    public Quote prepaid(String product, String editionCode, String region, Map<String, Integer> addOns, Term term, Instant at) {
        Edition edition = catalog.edition(product, editionCode);
        if (edition.billingMode() != BillingMode.PREPAID) {
            throw DomainException.refused("not-prepaid", "edition",
                    product + "/" + editionCode + " is " + edition.billingMode() + ", not sold for a term");
        }
        catalog.region(region);
        List<Quote.Line> lines = new ArrayList<>();
        Quantity months = Quantity.of(term.months(), Unit.MONTH);
        lines.add(line(edition.feeItem(), region, months, at, null));
        addOnLines(edition, region, addOns, term.months(), at, lines);
        return Quote.of(product, editionCode, region, versionInForce(at), lines);
    }

    public Quote oneTime(String product, String editionCode, String region, Map<String, Integer> addOns, int quantity, Instant at) {
        Edition edition = catalog.edition(product, editionCode);
        if (edition.billingMode() != BillingMode.ONE_TIME) {
            throw DomainException.refused("not-one-time", "edition",
                    product + "/" + editionCode + " is " + edition.billingMode() + ", not a one-time purchase");
        }
        if (quantity < 1 || quantity > MAX_PIECES) {
            throw DomainException.invalid("quantity", "quantity must be 1 to " + MAX_PIECES + ", not " + quantity);
        }
        catalog.region(region);
        List<Quote.Line> lines = new ArrayList<>();
        lines.add(line(edition.feeItem(), region, Quantity.of(quantity, Unit.PIECE), at, null));
        addOnLines(edition, region, addOns, quantity, at, lines);
        return Quote.of(product, editionCode, region, versionInForce(at), lines);
    }

    /** One month of usage, each meter rated from the start of the month. */
    public Quote usage(String product, String editionCode, String region, Map<String, Quantity> usage, YearMonth month, Instant at) {
        Edition edition = catalog.edition(product, editionCode);
        if (edition.meters().isEmpty()) {
            throw DomainException.refused("not-pay-as-you-go", "edition",
                    product + "/" + editionCode + " is " + edition.billingMode() + ", not billed from usage");
        }
        catalog.region(region);
        if (usage.isEmpty()) {
            throw DomainException.invalid("usage", "a usage profile names at least one meter; meters: " + edition.meters());
        }
        List<Quote.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Quantity> meter : usage.entrySet()) {
            if (!edition.meters().contains(meter.getKey())) {
                throw DomainException.invalid("usage", "'" + meter.getKey() + "' is not a meter of " + product + "/"
                        + editionCode + "; meters: " + edition.meters());
            }
            lines.add(line(meter.getKey(), region, meter.getValue(), at, month));
        }
        return Quote.of(product, editionCode, region, versionInForce(at), lines);
    }

    /** Each add-on: count × multiplier (months of the term, or pieces of a one-time order) of its price. */
    private void addOnLines(Edition edition, String region, Map<String, Integer> addOns, int multiplier, Instant at,
                            List<Quote.Line> lines) {
        for (Map.Entry<String, Integer> addOn : addOns.entrySet()) {
            if (!edition.addOns().contains(addOn.getKey())) {
                throw DomainException.invalid("addOns", "'" + addOn.getKey() + "' is not an add-on of " + edition.product() + "/"
                        + edition.code() + "; allowed: " + edition.addOns());
            }
            int count = addOn.getValue() == null ? -1 : addOn.getValue();
            if (count < 0 || count > MAX_ADD_ONS) {
                throw DomainException.invalid("addOns", "add-on count must be 0 to " + MAX_ADD_ONS + ", not " + addOn.getValue());
            }
            if (count > 0) {
                Unit unit = catalog.price(addOn.getKey(), region, at).model().unit();
                lines.add(line(addOn.getKey(), region, Quantity.of((long) count * multiplier, unit), at, null));
            }
        }
    }

    /** The unit a meter's quantities are given in by default. */
    public Unit unitOf(String item, String region, Instant at) {
        return catalog.price(item, region, at).model().unit();
    }

    private Quote.Line line(String itemCode, String region, Quantity quantity, Instant at, YearMonth month) {
        ResolvedPrice price = catalog.price(itemCode, region, at);
        if (quantity.unit().dimension() != price.model().unit().dimension()) {
            throw DomainException.invalid("usage", itemCode + " is measured in " + price.model().unit() + ", not " + quantity.unit());
        }
        int days = month == null ? 30 : month.lengthOfMonth();
        Rating rating = price.model().rate(quantity, RatingContext.firstInMonth(price.model().unit(), days));
        PriceItem item = catalog.item(itemCode);
        return new Quote.Line(itemCode, item.name(), quantity, price.key().regionClass(), price.versionId(),
                rating.steps(), rating.amount().rounded());
    }

    private String versionInForce(Instant at) {
        return catalog.priceBook().versions().stream()
                .filter(v -> !v.effectiveFrom().isAfter(at))
                .findFirst()
                .map(PriceBookVersion::id)
                .orElseThrow(() -> DomainException.refused("no-price-book", "at", "no price book is in force at " + at));
    }
}
