package com.cloudsub.application.billing;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.application.usage.ResourcePacks;
import com.cloudsub.application.usage.UsageRecords;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.BillLine;
import com.cloudsub.domain.billing.Cadence;
import com.cloudsub.domain.billing.HourlyRating;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.billing.ServiceState;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.usage.FreeTier;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.domain.usage.PackKind;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourcePack;
import com.cloudsub.domain.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hourly settlement of the API gateway (R-APG-1..5, R-APG-8, R-BIL-1): every hour that ended at least
 * {@link #LAG} ago and is past the job's watermark is settled for every account with usage or a dedicated
 * instance in it. The hours are closed to usage first (usage of a closed hour is refused at ingestion, so none arrives
 * after its hour was read). Accounts are worked a page of 500 per transaction: the page's usage, packs, instances, services
 * and month-to-date calls are read in a few queries, rated in memory, and the bills, pack use, balances, ledger
 * entries and arrears notices written in batches. One bill per account and hour (unique key): a re-run, or a second
 * node, settles nothing twice (R-GEN-6).
 */
public class SettleHour {

    public static final String JOB = "apigw-hour";
    public static final String PRODUCT = "apigw";
    /** How long after an hour ends it is settled, so that late-reported usage of the hour is in (R-BIL-1 settlement may lag). */
    public static final Duration LAG = Duration.ofMinutes(10);
    private static final List<ResourceKind> INSTANCES = List.of(ResourceKind.DEDICATED_INSTANCE);

    public record Result(int hours, int bills, BigDecimal total) {
        Result plus(Result o) {
            return new Result(hours + o.hours, bills + o.bills, total.add(o.total));
        }
    }

    private final UsageRecords usage;
    private final PaygResources resources;
    private final ResourcePacks packs;
    private final Bills bills;
    private final PaygServices services;
    private final Accounts accounts;
    private final Ledger ledger;
    private final NoticeOutbox outbox;
    private final SettlementRuns runs;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public SettleHour(UsageRecords usage, PaygResources resources, ResourcePacks packs, Bills bills, PaygServices services, Accounts accounts,
                      Ledger ledger, NoticeOutbox outbox, SettlementRuns runs, Catalogs catalogs, Transactions transactions, Clock clock,
                      BillingCalendar calendar) {
        this.usage = usage;
        this.resources = resources;
        this.packs = packs;
        this.bills = bills;
        this.services = services;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.runs = runs;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Settles every due hour since the watermark. */
    public Result run() {
        Instant now = clock.instant();
        Instant until = now.minus(LAG).truncatedTo(ChronoUnit.HOURS);
        transactions.run(() -> runs.close(JOB, until, now));
        Optional<Instant> from = runs.last(JOB).map(h -> h.plus(HourlyRating.HOUR))
                .or(() -> earliest().map(t -> t.truncatedTo(ChronoUnit.HOURS)));
        Result total = new Result(0, 0, BigDecimal.ZERO);
        if (from.isEmpty() || !from.get().isBefore(until)) {
            return total;
        }
        TreeSet<Instant> hours = new TreeSet<>(usage.hours(PRODUCT, from.get(), until));
        List<AccountId> withInstances = resources.accountsWith(INSTANCES, from.get(), until);
        for (List<PaygResource> list : resources.existing(withInstances, INSTANCES, from.get(), until).values()) {
            for (PaygResource instance : list) {
                for (Interval span : Interval.minus(instance.billedSpans(), List.of(), from.get(), until)) {
                    for (Instant h = span.start().truncatedTo(ChronoUnit.HOURS); h.isBefore(span.end()); h = h.plus(HourlyRating.HOUR)) {
                        hours.add(h);
                    }
                }
            }
        }
        for (Instant hour : hours) {
            total = total.plus(settleClosed(hour));
        }
        runs.completed(JOB, until.minus(HourlyRating.HOUR), now);
        return total;
    }

    private Optional<Instant> earliest() {
        Optional<Instant> used = usage.earliest(PRODUCT);
        Optional<Instant> instance = resources.earliest(INSTANCES);
        return used.isEmpty() ? instance : instance.isEmpty() ? used : Optional.of(used.get().isBefore(instance.get()) ? used.get() : instance.get());
    }

    /** Closes one hour to usage and settles it for every account with usage or a running dedicated instance in it. */
    public Result settle(Instant anyInstantOfHour) {
        Instant hour = anyInstantOfHour.truncatedTo(ChronoUnit.HOURS);
        transactions.run(() -> runs.close(JOB, hour.plus(HourlyRating.HOUR), clock.instant()));
        return settleClosed(hour);
    }

    /** Settles an hour already closed to usage. */
    private Result settleClosed(Instant hour) {
        Instant end = hour.plus(HourlyRating.HOUR);
        Set<AccountId> candidates = new LinkedHashSet<>(usage.accounts(PRODUCT, hour, end));
        candidates.addAll(resources.accountsWith(INSTANCES, hour, end));
        Catalog catalog = catalogs.current();
        Instant now = clock.instant();
        return new Result(1, 0, BigDecimal.ZERO).plus(Pages.inParallel(Pages.of(candidates),
                page -> Pages.withRetry(page, p -> transactions.inTransaction(() -> settlePage(p, hour, catalog, now))),
                new Result(0, 0, BigDecimal.ZERO), Result::plus));
    }

    private Result settlePage(List<AccountId> page, Instant hour, Catalog catalog, Instant now) {
        Instant end = hour.plus(HourlyRating.HOUR);
        List<AccountId> todo = new ArrayList<>(page);
        todo.removeAll(bills.billed(page, PRODUCT, Cadence.HOUR, hour));
        if (todo.isEmpty()) {
            return new Result(0, 0, BigDecimal.ZERO);
        }
        Map<AccountId, Account> owners = accounts.findAll(todo);
        Map<AccountId, List<PaygService>> servicesOf = services.of(todo);
        Map<AccountId, List<UsageRecord>> records = usage.of(PRODUCT, todo, hour, end);
        Map<AccountId, List<PaygResource>> instances = resources.existing(todo, INSTANCES, hour, end);
        Map<AccountId, List<ResourcePack>> validPacks = packs.valid(todo, hour, end);
        Map<AccountId, Quantity> prior = bills.paygBilled(todo, PackKind.CALLS.meter(), calendar.startOf(calendar.monthOf(hour)), hour);
        SettlementWrites writes = new SettlementWrites();
        Money total = Money.zero(Money.CNY);
        for (AccountId id : todo) {
            Account account = owners.get(id);
            List<UsageRecord> used = records.getOrDefault(id, List.of());
            List<PaygResource> running = instances.getOrDefault(id, List.of());
            List<PaygService> own = new ArrayList<>(servicesOf.getOrDefault(id, List.of()));
            PaygService service = own.stream().filter(s -> s.product().equals(PRODUCT)).findFirst().orElse(null);
            if (service == null) {
                service = PaygService.open(id, PRODUCT, openedAt(used, running, end));
                own.add(service);
                writes.newServices.add(service);
            }
            if (account == null || service.state() == ServiceState.RELEASED) {
                continue;
            }
            List<ResourcePack> accountPacks = new ArrayList<>(validPacks.getOrDefault(id, List.of()));
            for (FreeTier.Cycle cycle : FreeTier.cyclesIn(service.openedAt(), hour, end)) {
                for (ResourcePack free : FreeTier.packs(id, cycle)) {
                    if (accountPacks.stream().noneMatch(p -> p.id().equals(free.id()))) {
                        accountPacks.add(free);
                        writes.newPacks.put(free.id(), free);
                    }
                }
            }
            List<BillLine> lines = HourlyRating.rate(new HourlyRating.Input(catalog, calendar, hour, used, accountPacks,
                    prior.getOrDefault(id, Quantity.calls(0)), running, service.stops()));
            Map<String, ResourcePack> byId = new HashMap<>();
            accountPacks.forEach(p -> byId.put(p.id(), p));
            lines.forEach(line -> line.packUses().forEach(use -> writes.usedPacks.put(use.packId(), byId.get(use.packId()))));
            if (lines.isEmpty()) {
                continue;
            }
            total = total.plus(writes.bill(account, PRODUCT, Cadence.HOUR, hour, end, lines, own, now).total());
        }
        writes.flush(bills, packs, accounts, ledger, services, outbox);
        return new Result(0, writes.bills.size(), total.amount());
    }

    /** A service used before it was opened explicitly is opened at its first usage (the free tier counts from there, R-APG-3). */
    private static Instant openedAt(List<UsageRecord> used, List<PaygResource> running, Instant end) {
        Instant first = end;
        for (UsageRecord r : used) {
            first = r.occurredAt().isBefore(first) ? r.occurredAt() : first;
        }
        for (PaygResource r : running) {
            first = r.createdAt().isBefore(first) ? r.createdAt() : first;
        }
        return first;
    }
}
