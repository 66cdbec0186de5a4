package com.cloudsub.persistence.usage;

import static com.cloudsub.persistence.jooq.Tables.ACCOUNT;
import static com.cloudsub.persistence.jooq.Tables.USAGE_RECORD;

import com.cloudsub.application.usage.UsageRecords;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * One multi-row INSERT IGNORE per batch: the unique (account, event id) index drops resent records, and the statement's
 * update count is the number of new ones. The batch is sent as one static statement with its values inlined (jOOQ
 * escapes them): with up to 90,000 bind values, a prepared statement costs more in the driver than the insert itself.
 */
@Component
class JooqUsageRecords implements UsageRecords {

    private final DSLContext dsl;
    private final DSLContext inlined;

    JooqUsageRecords(DSLContext dsl) {
        this.dsl = dsl;
        this.inlined = DSL.using(dsl.configuration().derive(SettingsTools.clone(dsl.settings()).withStatementType(StatementType.STATIC_STATEMENT)));
    }

    @Override
    public int addNew(List<UsageRecord> records, Instant receivedAt) {
        var insert = inlined.insertInto(USAGE_RECORD, USAGE_RECORD.ACCOUNT_ID, USAGE_RECORD.EVENT_ID, USAGE_RECORD.PRODUCT_CODE,
                USAGE_RECORD.REGION_CODE, USAGE_RECORD.METER, USAGE_RECORD.QUANTITY, USAGE_RECORD.UNIT, USAGE_RECORD.OCCURRED_AT,
                USAGE_RECORD.RECEIVED_AT);
        for (UsageRecord r : records) {
            insert = insert.values(r.accountId().value(), r.eventId(), r.product(), r.region(), r.meter(), r.quantity().amount(),
                    r.quantity().unit().name(), Times.utc(r.occurredAt()), Times.utc(receivedAt));
        }
        return insert.onDuplicateKeyIgnore().execute();
    }

    @Override
    public Optional<Instant> accountOpenedAt(AccountId accountId) {
        return dsl.select(ACCOUNT.CREATED_AT).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId.value()))
                .fetchOptional(r -> Times.instant(r.value1()));
    }
}
