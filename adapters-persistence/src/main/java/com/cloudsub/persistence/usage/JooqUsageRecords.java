package com.cloudsub.persistence.usage;

import static com.cloudsub.persistence.jooq.Tables.ACCOUNT;
import static com.cloudsub.persistence.jooq.Tables.USAGE_RECORD;

import com.cloudsub.application.usage.UsageRecords;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.persistence.shared.StaticInsert;
import com.cloudsub.persistence.shared.Times;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * One multi-row INSERT IGNORE per batch, written as text ({@link StaticInsert}): the unique (account, event id) index
 * drops resent records, and the statement's update count is the number of new ones.
 */
@Component
class JooqUsageRecords implements UsageRecords {

    private final DSLContext dsl;

    JooqUsageRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int addNew(List<UsageRecord> records, Instant receivedAt) {
        StaticInsert insert = StaticInsert.ignoringDuplicatesInto(USAGE_RECORD, USAGE_RECORD.ACCOUNT_ID, USAGE_RECORD.EVENT_ID,
                USAGE_RECORD.PRODUCT_CODE, USAGE_RECORD.REGION_CODE, USAGE_RECORD.METER, USAGE_RECORD.QUANTITY, USAGE_RECORD.UNIT,
                USAGE_RECORD.OCCURRED_AT, USAGE_RECORD.RECEIVED_AT);
        LocalDateTime received = Times.utc(receivedAt);
        for (UsageRecord r : records) {
            insert.values(r.accountId().value(), r.eventId(), r.product(), r.region(), r.meter(), r.quantity().amount(),
                    r.quantity().unit().name(), Times.utc(r.occurredAt()), received);
        }
        return insert.execute(dsl);
    }

    @Override
    public Optional<Instant> accountOpenedAt(AccountId accountId) {
        return dsl.select(ACCOUNT.CREATED_AT).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId.value()))
                .fetchOptional(r -> Times.instant(r.value1()));
    }

    @Override
    public List<AccountId> accounts(String product, Instant from, Instant to) {
        return dsl.selectDistinct(USAGE_RECORD.ACCOUNT_ID).from(USAGE_RECORD)
                .where(USAGE_RECORD.PRODUCT_CODE.eq(product).and(USAGE_RECORD.OCCURRED_AT.ge(Times.utc(from))).and(USAGE_RECORD.OCCURRED_AT.lt(Times.utc(to))))
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public List<Instant> hours(String product, Instant from, Instant to) {
        TreeSet<Instant> hours = new TreeSet<>();
        var hour = DSL.field("DATE_FORMAT({0}, '%Y-%m-%d %H:00:00')", String.class, USAGE_RECORD.OCCURRED_AT);
        dsl.selectDistinct(hour).from(USAGE_RECORD)
                .where(USAGE_RECORD.PRODUCT_CODE.eq(product).and(USAGE_RECORD.OCCURRED_AT.ge(Times.utc(from))).and(USAGE_RECORD.OCCURRED_AT.lt(Times.utc(to))))
                .forEach(r -> hours.add(Times.instant(LocalDateTime.parse(r.value1().replace(' ', 'T'))).truncatedTo(ChronoUnit.HOURS)));
        return new ArrayList<>(hours);
    }

    @Override
    public Optional<Instant> earliest(String product) {
        return Optional.ofNullable(dsl.select(DSL.min(USAGE_RECORD.OCCURRED_AT)).from(USAGE_RECORD).where(USAGE_RECORD.PRODUCT_CODE.eq(product))
                .fetchOne(r -> Times.instant(r.value1())));
    }

    @Override
    public Map<AccountId, List<UsageRecord>> of(String product, Collection<AccountId> accounts, Instant from, Instant to) {
        Map<AccountId, List<UsageRecord>> byAccount = new HashMap<>();
        if (accounts.isEmpty()) {
            return byAccount;
        }
        // By the accounts' own records: the optimizer, misled by the statistics of an hour just reported, has read the
        // whole hour of every account (by product and time) for each page of a settlement (docs/benchmarks.md).
        dsl.selectFrom(USAGE_RECORD.forceIndex("ix_usage_meter_time")).where(USAGE_RECORD.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList())
                        .and(USAGE_RECORD.PRODUCT_CODE.eq(product))
                        .and(USAGE_RECORD.OCCURRED_AT.ge(Times.utc(from))).and(USAGE_RECORD.OCCURRED_AT.lt(Times.utc(to))))
                .forEach(r -> {
                    AccountId account = new AccountId(r.getAccountId());
                    byAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(new UsageRecord(account, r.getEventId(), r.getProductCode(),
                            r.getRegionCode(), r.getMeter(), new Quantity(r.getQuantity(), Unit.valueOf(r.getUnit())), Times.instant(r.getOccurredAt())));
                });
        return byAccount;
    }

    @Override
    public List<Summary> summary(AccountId account, Instant from, Instant to) {
        return dsl.select(USAGE_RECORD.PRODUCT_CODE, USAGE_RECORD.METER, USAGE_RECORD.REGION_CODE, DSL.sum(USAGE_RECORD.QUANTITY), USAGE_RECORD.UNIT)
                .from(USAGE_RECORD)
                .where(USAGE_RECORD.ACCOUNT_ID.eq(account.value()).and(USAGE_RECORD.OCCURRED_AT.ge(Times.utc(from)))
                        .and(USAGE_RECORD.OCCURRED_AT.lt(Times.utc(to))))
                .groupBy(USAGE_RECORD.PRODUCT_CODE, USAGE_RECORD.METER, USAGE_RECORD.REGION_CODE, USAGE_RECORD.UNIT)
                .orderBy(USAGE_RECORD.PRODUCT_CODE, USAGE_RECORD.METER, USAGE_RECORD.REGION_CODE)
                .fetch(r -> new Summary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
