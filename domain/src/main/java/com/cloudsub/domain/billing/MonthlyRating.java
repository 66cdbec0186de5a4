package com.cloudsub.domain.billing;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.FreeAllowance;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rates one account's month of a monthly-settled product (SSM legacy, pay-as-you-go KMS): one line per meter and
 * region, from resource-days accrued day by day (R-SSM-L1 at 3 ÷ days-in-month per secret-day, A-01; R-KMS-P1/P2 per
 * key per day) and the month's calls per region (R-SSM-L3/L4 with the per-region minimum; R-KMS-P3 and R-KMS-2 with
 * the account's monthly free allowance). A free allowance is per account, not per region, and is taken in time order:
 * the calls made first use it first, whatever their region (R-KMS-P3, A-22), and each region's rest is priced at its
 * own price. Prices come from the version in force at the month's start. No monthly meter is tiered, so nothing else
 * depends on the order of usage within the month.
 */
public final class MonthlyRating {

    /** A meter in a region. */
    public record Key(String meter, String region) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byMeter = meter.compareTo(o.meter);
            return byMeter != 0 ? byMeter : region.compareTo(o.region);
        }
    }

    /**
     * A quantity of a meter in a region, at the instant it was used: a usage record's time, or for resource-days the
     * start of the period they were summed over.
     */
    public record Usage(Key key, Instant at, Quantity quantity) {
        public Usage {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    private MonthlyRating() {
    }

    public static List<BillLine> rate(Catalog catalog, BillingCalendar calendar, YearMonth month, List<Usage> usage) {
        Instant start = calendar.startOf(month);
        Map<Key, ResolvedPrice> prices = new TreeMap<>();
        Map<Key, Quantity> totals = new TreeMap<>();
        for (Usage u : usage) {
            ResolvedPrice price = prices.computeIfAbsent(u.key(), k -> catalog.price(k.meter(), k.region(), start));
            totals.merge(u.key(), u.quantity().in(price.model().unit()), Quantity::plus);
        }
        Map<Key, Quantity> free = freeInTimeOrder(usage, prices);
        List<BillLine> lines = new ArrayList<>();
        for (Map.Entry<Key, Quantity> entry : totals.entrySet()) {
            Key key = entry.getKey();
            ResolvedPrice price = prices.get(key);
            Quantity quantity = entry.getValue();
            RatingContext firstInMonth = RatingContext.firstInMonth(quantity.unit(), month.lengthOfMonth());
            Rating rating = price.model() instanceof FreeAllowance allowance
                    ? allowance.rate(quantity, free.get(key), firstInMonth)
                    : price.model().rate(quantity, firstInMonth);
            lines.add(BillLine.of(key.meter(), key.region(), null, quantity, List.of(), quantity, rating, price.versionId()));
        }
        return lines;
    }

    /** How much of each meter-in-region the account's monthly free allowance of the meter pays, usage taken in time order. */
    private static Map<Key, Quantity> freeInTimeOrder(List<Usage> usage, Map<Key, ResolvedPrice> prices) {
        Map<String, Quantity> usedOfMeter = new HashMap<>();
        Map<Key, Quantity> free = new HashMap<>();
        List<Usage> inTimeOrder = usage.stream().filter(u -> prices.get(u.key()).model() instanceof FreeAllowance)
                .sorted(Comparator.comparing(Usage::at).thenComparing(Usage::key)).toList();
        for (Usage u : inTimeOrder) {
            FreeAllowance allowance = (FreeAllowance) prices.get(u.key()).model();
            Quantity quantity = u.quantity().in(allowance.unit());
            Quantity used = usedOfMeter.getOrDefault(u.key().meter(), Quantity.zero(allowance.unit()));
            Quantity paid = quantity.min(allowance.allowance().in(allowance.unit()).minusFloorZero(used));
            usedOfMeter.put(u.key().meter(), used.plus(quantity));
            free.merge(u.key(), paid, Quantity::plus);
        }
        return free;
    }
}
