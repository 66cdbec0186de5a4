package com.cloudsub.application.usage;

import com.cloudsub.application.billing.SettleHour;
import com.cloudsub.application.billing.SettleMonth;
import com.cloudsub.application.billing.SettlementRuns;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.Cadence;
import com.cloudsub.domain.billing.PaygTerms;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.domain.usage.UsageValidation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ingests a batch of usage records for one account. The batch is validated record by record; if any record is
 * invalid the whole batch is refused with every bad record's index, field and reason, and nothing is stored (a
 * product resends a corrected batch with the same event ids). A resent record is counted once. A record whose
 * settlement period is already settled (the API gateway's hour, the month of SSM legacy and KMS) is invalid too: it
 * could no longer be billed. That check reads each settlement job's closing once per batch, in the transaction that
 * stores the batch.
 */
public class RecordUsage {

    /** The most records one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    public record Rejection(int index, String field, String reason) {
    }

    public record Result(int received, int accepted, int duplicates) {
    }

    /** A batch refused as a whole because some records are invalid. */
    public static class BatchRefused extends DomainException {
        private final List<Rejection> rejections;

        public BatchRefused(List<Rejection> rejections) {
            super(Kind.REFUSED, "usage-batch-refused", "records[" + rejections.get(0).index() + "]." + rejections.get(0).field(),
                    rejections.size() + " record(s) are invalid; the batch was not stored: " + rejections.get(0).reason());
            this.rejections = List.copyOf(rejections);
        }

        public List<Rejection> rejections() {
            return rejections;
        }

        @Override
        public java.util.Map<String, Object> details() {
            return java.util.Map.of("rejections", rejections);
        }
    }

    private final UsageRecords usage;
    private final SettlementRuns runs;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public RecordUsage(UsageRecords usage, SettlementRuns runs, Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.usage = usage;
        this.runs = runs;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Result record(AccountId account, List<UsageRecord> records) {
        if (records.isEmpty() || records.size() > MAX_BATCH) {
            throw DomainException.invalid("records", "a batch holds 1 to " + MAX_BATCH + " records");
        }
        Instant now = clock.instant();
        Instant opened = usage.accountOpenedAt(account)
                .orElseThrow(() -> DomainException.notFound("accountId", "unknown account " + account));
        Catalog catalog = catalogs.current();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            UsageRecord record = records.get(i);
            if (!record.accountId().equals(account)) {
                rejections.add(new Rejection(i, "accountId", "a batch carries the caller's usage only"));
                continue;
            }
            Optional<DomainException> problem = UsageValidation.problem(record, catalog, opened, now);
            int index = i;
            problem.ifPresent(p -> rejections.add(new Rejection(index, p.field(), p.getMessage())));
        }
        int accepted = transactions.inTransaction(() -> {
            rejections.addAll(settled(records, rejections));
            if (!rejections.isEmpty()) {
                rejections.sort(Comparator.comparingInt(Rejection::index));
                throw new BatchRefused(rejections);
            }
            return usage.addNew(records, now);
        });
        return new Result(records.size(), accepted, records.size() - accepted);
    }

    /** The records not refused yet whose settlement period is already settled. */
    private List<Rejection> settled(List<UsageRecord> records, List<Rejection> refused) {
        Set<Integer> bad = new TreeSet<>();
        refused.forEach(r -> bad.add(r.index()));
        Set<String> jobs = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            if (!bad.contains(i)) {
                Optional.ofNullable(job(records.get(i).product())).ifPresent(jobs::add);
            }
        }
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, SettlementRuns.Closed> closed = runs.closed(jobs);
        List<Rejection> late = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            UsageRecord record = records.get(i);
            String job = bad.contains(i) ? null : job(record.product());
            SettlementRuns.Closed closing = job == null ? null : closed.get(job);
            if (closing != null && record.occurredAt().isBefore(closing.until())) {
                late.add(new Rejection(i, "occurredAt", settledPeriod(record) + " is already settled (closed for usage at " + closing.at()
                        + "); usage reported after its period was settled can no longer be billed"));
            }
        }
        return late;
    }

    /** The settlement job of a product's pay-as-you-go usage, or null if its usage is not settled from records. */
    private static String job(String product) {
        PaygTerms terms = PaygTerms.STANDARD.get(product);
        return terms == null ? null : terms.cadence() == Cadence.HOUR ? SettleHour.JOB : SettleMonth.job(product);
    }

    private String settledPeriod(UsageRecord record) {
        if (Objects.requireNonNull(PaygTerms.STANDARD.get(record.product())).cadence() == Cadence.HOUR) {
            return "the hour from " + record.occurredAt().truncatedTo(ChronoUnit.HOURS) + " of " + record.product();
        }
        return "the month " + calendar.monthOf(record.occurredAt()) + " of " + record.product();
    }
}
