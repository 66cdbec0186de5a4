package com.cloudsub.application.billing;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily accrual of secrets and KMS keys (R-SSM-L1, R-KMS-P1, R-KMS-P2): for each finished billing day past the
 * watermark, one resource-day per resource that was in a billed state at some moment of the day outside a stop of
 * its service (R-GEN-5, A-21). Accruals are unique per account, meter, region and day: a re-run adds nothing.
 */
public class AccrueDay {

    public static final String JOB = "payg-day";
    static final List<ResourceKind> KINDS = List.of(ResourceKind.SECRET, ResourceKind.CUSTOMER_KEY, ResourceKind.SERVICE_KEY);

    private final PaygResources resources;
    private final PaygServices services;
    private final DailyAccruals accruals;
    private final SettlementRuns runs;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public AccrueDay(PaygResources resources, PaygServices services, DailyAccruals accruals, SettlementRuns runs, Transactions transactions,
                     Clock clock, BillingCalendar calendar) {
        this.resources = resources;
        this.services = services;
        this.accruals = accruals;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Accrues every finished day since the watermark; answers how many days. */
    public int run() {
        LocalDate today = calendar.dayOf(clock.instant());
        LocalDate from = runs.last(JOB).map(t -> calendar.dayOf(t).plusDays(1))
                .orElseGet(() -> resources.earliest(KINDS).map(calendar::dayOf).orElse(today));
        int days = 0;
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            accrue(day);
            runs.completed(JOB, calendar.startOf(day), clock.instant());
            days++;
        }
        return days;
    }

    public void accrue(LocalDate day) {
        Instant start = calendar.startOf(day);
        Instant end = calendar.startOf(day.plusDays(1));
        for (List<AccountId> page : Pages.of(resources.accountsWith(KINDS, start, end))) {
            transactions.run(() -> {
                Map<AccountId, List<PaygService>> own = services.of(page);
                Map<String, DailyAccruals.Accrual> sums = new LinkedHashMap<>();
                for (Map.Entry<AccountId, List<PaygResource>> entry : resources.existing(page, KINDS, start, end).entrySet()) {
                    for (PaygResource r : entry.getValue()) {
                        List<Interval> stops = own.getOrDefault(entry.getKey(), List.of()).stream()
                                .filter(s -> s.product().equals(r.kind().product())).findFirst().map(PaygService::stops).orElse(List.of());
                        if (r.billedDays(start, end, stops, calendar).isEmpty()) {
                            continue;
                        }
                        sums.merge(r.accountId() + "|" + r.meter() + "|" + r.region(),
                                new DailyAccruals.Accrual(r.accountId(), r.kind().product(), r.meter(), r.region(), day, Quantity.of(1, Unit.UNIT_DAY)),
                                (a, b) -> new DailyAccruals.Accrual(a.account(), a.product(), a.meter(), a.region(), day, a.quantity().plus(b.quantity())));
                    }
                }
                accruals.addAll(new ArrayList<>(sums.values()));
            });
        }
    }
}
