package com.cloudsub.domain.billing;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rates one account's month of a monthly-settled product (SSM legacy, pay-as-you-go KMS) from its totals per
 * meter and region: resource-days accrued day by day (R-SSM-L1 at 3 ÷ days-in-month per secret-day, A-01;
 * R-KMS-P1/P2 per key per day) and the month's calls per region (R-SSM-L3/L4 with the per-region minimum;
 * R-KMS-P3 and R-KMS-2 with the account's monthly free allowance). A free allowance is per account, not per
 * region: regions take it in the order of their codes. Prices come from the version in force at the month's start.
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

    private MonthlyRating() {
    }

    public static List<BillLine> rate(Catalog catalog, BillingCalendar calendar, YearMonth month, Map<Key, Quantity> totals) {
        Instant start = calendar.startOf(month);
        Map<String, Quantity> priorByMeter = new TreeMap<>();
        List<BillLine> lines = new ArrayList<>();
        for (Map.Entry<Key, Quantity> entry : new TreeMap<>(totals).entrySet()) {
            Key key = entry.getKey();
            ResolvedPrice price = catalog.price(key.meter(), key.region(), start);
            Quantity quantity = entry.getValue().in(price.model().unit());
            Quantity prior = priorByMeter.getOrDefault(key.meter(), Quantity.zero(quantity.unit()));
            Rating rating = price.model().rate(quantity, new RatingContext(prior, month.lengthOfMonth()));
            priorByMeter.put(key.meter(), prior.plus(quantity));
            lines.add(BillLine.of(key.meter(), key.region(), null, quantity, List.of(), quantity, rating, price.versionId()));
        }
        return lines;
    }
}
