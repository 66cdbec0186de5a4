package com.cloudsub.application.usage;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.domain.usage.UsageValidation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ingests a batch of usage records for one account. The batch is validated record by record; if any record is
 * invalid the whole batch is refused with every bad record's index, field and reason, and nothing is stored (a
 * product resends a corrected batch with the same event ids). A resent record is counted once.
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
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;

    public RecordUsage(UsageRecords usage, Catalogs catalogs, Transactions transactions, Clock clock) {
        this.usage = usage;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
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
        if (!rejections.isEmpty()) {
            throw new BatchRefused(rejections);
        }
        int accepted = transactions.inTransaction(() -> usage.addNew(records, now));
        return new Result(records.size(), accepted, records.size() - accepted);
    }
}
