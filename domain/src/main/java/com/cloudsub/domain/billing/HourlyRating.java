package com.cloudsub.domain.billing;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.DeductionOrder;
import com.cloudsub.domain.usage.DeductionOrder.PackUse;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.domain.usage.PackKind;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourcePack;
import com.cloudsub.domain.usage.UsageRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates one account's API gateway hour [hourStart, hourStart + 1 h) (R-APG-1..5, R-APG-8, R-APG-10).
 *
 * <p>Usage records are taken in time order; each is paid by the free-tier pack of its cycle, then purchased packs
 * usable at its instant, then pay-as-you-go (R-APG-4), so a pack that runs out or expires inside the hour pays
 * exactly up to that point. Pay-as-you-go calls are priced on graduated tiers over the calendar month's cumulative
 * pay-as-you-go calls across regions (R-APG-1, A-25), traffic per GB at its region's zone price (R-APG-2).
 * WebSocket calls are priced by their own meter and never touch packs (R-APG-10, A-71). Dedicated instances are
 * billed for the seconds they ran in the hour at hourly price ÷ 3600 (R-APG-8, A-30). Records and seconds inside
 * a stop of the service are not billed. Prices come from the version in force at the hour's start.
 */
public final class HourlyRating {

    public static final Duration HOUR = Duration.ofHours(1);

    public record Input(Catalog catalog, BillingCalendar calendar, Instant hourStart, List<UsageRecord> records, List<ResourcePack> packs,
                        Quantity priorPaygCallsInMonth, List<PaygResource> instances, List<Interval> stops) {
    }

    private HourlyRating() {
    }

    private static final class Tally {
        Quantity quantity;
        Quantity payg;
        final Map<String, PackUse> uses = new LinkedHashMap<>();

        Tally(Unit unit) {
            quantity = Quantity.zero(unit);
            payg = Quantity.zero(unit);
        }

        void add(Quantity used, DeductionOrder.Deduction deduction) {
            quantity = quantity.plus(used);
            payg = payg.plus(deduction.payg());
            for (PackUse use : deduction.uses()) {
                uses.merge(use.packId(), use, (a, b) -> new PackUse(a.packId(), a.source(), a.quantity().plus(b.quantity())));
            }
        }
    }

    public static List<BillLine> rate(Input in) {
        Instant hourEnd = in.hourStart().plus(HOUR);
        List<UsageRecord> records = in.records().stream()
                .filter(r -> !r.occurredAt().isBefore(in.hourStart()) && r.occurredAt().isBefore(hourEnd))
                .filter(r -> in.stops().stream().noneMatch(stop -> stop.contains(r.occurredAt())))
                .sorted(Comparator.comparing(UsageRecord::occurredAt).thenComparing(UsageRecord::eventId))
                .toList();
        Map<String, Tally> tallies = new TreeMap<>();
        for (UsageRecord record : records) {
            Unit unit = in.catalog().price(record.meter(), record.region(), in.hourStart()).model().unit();
            Quantity used = record.quantity().in(unit);
            Optional<PackKind> kind = PackKind.forMeter(record.meter());
            DeductionOrder.Deduction deduction = kind.isPresent()
                    ? DeductionOrder.deduct(kind.get(), used, record.occurredAt(), in.packs())
                    : new DeductionOrder.Deduction(List.of(), used);
            tallies.computeIfAbsent(record.meter() + "|" + record.region(), k -> new Tally(unit))
                    .add(used, new DeductionOrder.Deduction(deduction.uses(), deduction.payg().in(unit)));
        }
        int days = in.calendar().monthOf(in.hourStart()).lengthOfMonth();
        List<BillLine> lines = new ArrayList<>();
        Quantity cumulativeCalls = in.priorPaygCallsInMonth();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            Tally tally = entry.getValue();
            ResolvedPrice price = in.catalog().price(key[0], key[1], in.hourStart());
            boolean calls = key[0].equals(PackKind.CALLS.meter());
            RatingContext context = new RatingContext(calls ? cumulativeCalls : Quantity.zero(tally.payg.unit()), days);
            Rating rating = price.model().rate(tally.payg, context);
            if (calls) {
                cumulativeCalls = cumulativeCalls.plus(tally.payg);
            }
            lines.add(BillLine.of(key[0], key[1], null, tally.quantity, List.copyOf(tally.uses.values()), tally.payg, rating, price.versionId()));
        }
        for (PaygResource instance : in.instances()) {
            Duration ran = instance.billedTime(in.hourStart(), hourEnd, in.stops());
            if (ran.isZero()) {
                continue;
            }
            Quantity seconds = Quantity.of(ran.toSeconds(), Unit.SECOND).plus(
                    new Quantity(java.math.BigDecimal.valueOf(ran.toNanosPart(), 9), Unit.SECOND));
            ResolvedPrice price = in.catalog().price(instance.meter(), instance.region(), in.hourStart());
            Rating rating = price.model().rate(seconds, RatingContext.firstInMonth(Unit.SECOND, days));
            lines.add(BillLine.of(instance.meter(), instance.region(), instance.id(), seconds, List.of(), seconds, rating,
                    price.versionId()));
        }
        return lines;
    }
}
