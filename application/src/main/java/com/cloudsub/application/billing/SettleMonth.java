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
import com.cloudsub.domain.billing.MonthlyRating;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.billing.PaygTerms;
import com.cloudsub.domain.billing.ServiceState;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.domain.usage.UsageRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly settlement of SSM legacy (R-SSM-L1..L5) and pay-as-you-go KMS (R-KMS-P1..P3, R-KMS-2): on the
 * product's settlement day of the next month (SSM the 3rd), the finished month's accrued resource-days and its calls
 * per region (calls made while the service was stopped excluded) are rated into one bill per account, deducted from
 * the balance, and the arrears path starts if the balance falls below zero. Unique per account, product and month.
 */
public class SettleMonth {

    public static final List<String> PRODUCTS = List.of("ssm", "kms");

    public record Result(int months, int bills, java.math.BigDecimal total) {
        Result plus(Result o) {
            return new Result(months + o.months, bills + o.bills, total.add(o.total));
        }
    }

    private final AccrueDay accrueDay;
    private final DailyAccruals accruals;
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

    public SettleMonth(AccrueDay accrueDay, DailyAccruals accruals, UsageRecords usage, PaygResources resources, ResourcePacks packs, Bills bills,
                       PaygServices services, Accounts accounts, Ledger ledger, NoticeOutbox outbox, SettlementRuns runs, Catalogs catalogs,
                       Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.accrueDay = accrueDay;
        this.accruals = accruals;
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

    public static String job(String product) {
        return product + "-month";
    }

    /** Accrues the finished days, then settles every month whose settlement day has come, for each product. */
    public Result run() {
        accrueDay.run();
        Instant now = clock.instant();
        Result total = new Result(0, 0, java.math.BigDecimal.ZERO);
        for (String product : PRODUCTS) {
            PaygTerms terms = PaygTerms.of(product);
            Optional<YearMonth> first = runs.last(job(product)).map(t -> calendar.monthOf(t).plusMonths(1)).or(() -> earliest(product));
            if (first.isEmpty()) {
                continue;
            }
            for (YearMonth month = first.get(); !calendar.startOf(month.plusMonths(1).atDay(terms.settlementDay())).isAfter(now);
                 month = month.plusMonths(1)) {
                total = total.plus(settle(product, month));
                runs.completed(job(product), calendar.startOf(month), now);
            }
        }
        return total;
    }

    private Optional<YearMonth> earliest(String product) {
        Optional<Instant> used = usage.earliest(product);
        Optional<Instant> held = resources.earliest(AccrueDay.KINDS.stream().filter(k -> k.product().equals(product)).toList());
        Optional<Instant> first = used.isEmpty() ? held : held.isEmpty() ? used
                : Optional.of(used.get().isBefore(held.get()) ? used.get() : held.get());
        return first.map(calendar::monthOf);
    }

    /** Settles one month of one product, closing it to usage first (usage of a settled month is refused at ingestion). */
    public Result settle(String product, YearMonth month) {
        Instant start = calendar.startOf(month);
        Instant end = calendar.startOf(month.plusMonths(1));
        transactions.run(() -> runs.close(job(product), end, clock.instant()));
        Set<AccountId> candidates = new LinkedHashSet<>(accruals.accounts(product, month.atDay(1), month.atEndOfMonth()));
        candidates.addAll(usage.accounts(product, start, end));
        Catalog catalog = catalogs.current();
        Instant now = clock.instant();
        return new Result(1, 0, java.math.BigDecimal.ZERO).plus(Pages.inParallel(Pages.of(candidates),
                page -> Pages.withRetry(page, p -> transactions.inTransaction(() -> settlePage(p, product, month, catalog, now))),
                new Result(0, 0, java.math.BigDecimal.ZERO), Result::plus));
    }

    private Result settlePage(List<AccountId> page, String product, YearMonth month, Catalog catalog, Instant now) {
        Instant start = calendar.startOf(month);
        Instant end = calendar.startOf(month.plusMonths(1));
        List<AccountId> todo = new ArrayList<>(page);
        todo.removeAll(bills.billed(page, product, Cadence.MONTH, start));
        if (todo.isEmpty()) {
            return new Result(0, 0, java.math.BigDecimal.ZERO);
        }
        Map<AccountId, Account> owners = accounts.findAll(todo);
        Map<AccountId, List<PaygService>> servicesOf = services.of(todo);
        Map<AccountId, Map<MonthlyRating.Key, Quantity>> accrued = accruals.totals(product, todo, month.atDay(1), month.atEndOfMonth());
        Map<AccountId, List<UsageRecord>> records = usage.of(product, todo, start, end);
        SettlementWrites writes = new SettlementWrites();
        Money total = Money.zero(Money.CNY);
        for (AccountId id : todo) {
            Account account = owners.get(id);
            List<PaygService> own = new ArrayList<>(servicesOf.getOrDefault(id, List.of()));
            PaygService service = own.stream().filter(s -> s.product().equals(product)).findFirst().orElse(null);
            if (service == null) {
                service = PaygService.open(id, product, start);
                own.add(service);
                writes.newServices.add(service);
            }
            if (account == null) {
                continue;
            }
            List<Interval> stops = service.stops();
            List<MonthlyRating.Usage> used = new ArrayList<>();
            accrued.getOrDefault(id, Map.of()).forEach((key, days) -> used.add(new MonthlyRating.Usage(key, start, days)));
            for (UsageRecord r : records.getOrDefault(id, List.of())) {
                if (stops.stream().noneMatch(s -> s.contains(r.occurredAt()))) {
                    used.add(new MonthlyRating.Usage(new MonthlyRating.Key(r.meter(), r.region()), r.occurredAt(), r.quantity()));
                }
            }
            if (used.isEmpty() || service.state() == ServiceState.RELEASED && used.stream().allMatch(u -> u.quantity().isZero())) {
                continue;
            }
            List<BillLine> lines = MonthlyRating.rate(catalog, calendar, month, used);
            total = total.plus(writes.bill(account, product, Cadence.MONTH, start, end, lines, own, now).total());
        }
        writes.flush(bills, packs, accounts, ledger, services, outbox);
        return new Result(0, writes.bills.size(), total.amount());
    }
}
