package com.cloudsub.persistence.billing;

import static com.cloudsub.persistence.jooq.Tables.SETTLEMENT_CLOSE;
import static com.cloudsub.persistence.jooq.Tables.SETTLEMENT_RUN;

import com.cloudsub.application.billing.SettlementRuns;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

@Component
class JooqSettlementRuns implements SettlementRuns {

    private final DSLContext dsl;

    JooqSettlementRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> last(String job) {
        return Optional.ofNullable(dsl.select(DSL.max(SETTLEMENT_RUN.PERIOD_START)).from(SETTLEMENT_RUN).where(SETTLEMENT_RUN.JOB.eq(job))
                .fetchOne(r -> Times.instant(r.value1())));
    }

    @Override
    public void completed(String job, Instant periodStart, Instant at) {
        dsl.insertInto(SETTLEMENT_RUN).set(SETTLEMENT_RUN.JOB, job).set(SETTLEMENT_RUN.PERIOD_START, Times.utc(periodStart))
                .set(SETTLEMENT_RUN.COMPLETED_AT, Times.utc(at)).onDuplicateKeyIgnore().execute();
    }

    @Override
    public void close(String job, Instant until, Instant at) {
        // one statement that takes the row's exclusive lock at once (an insert-ignore then update would upgrade a shared
        // lock and deadlock two nodes closing together); it waits for batches holding the shared lock. Plain SQL because
        // jOOQ's MYSQL rendering of this upsert ("as excluded") is not understood by MariaDB.
        dsl.execute("insert into settlement_close (job, closed_until, closed_at) values ({0}, {1}, {2}) on duplicate key update "
                + "closed_at = if(closed_until < values(closed_until), values(closed_at), closed_at), "
                + "closed_until = greatest(closed_until, values(closed_until))",
                DSL.val(job), DSL.val(Times.utc(until)), DSL.val(Times.utc(at)));
    }

    @Override
    public Map<String, Closed> closed(Collection<String> jobs) {
        // MariaDB knows no FOR SHARE (jOOQ's MYSQL rendering); LOCK IN SHARE MODE is the same lock in MariaDB and MySQL
        var select = dsl.select(SETTLEMENT_CLOSE.JOB, SETTLEMENT_CLOSE.CLOSED_UNTIL, SETTLEMENT_CLOSE.CLOSED_AT).from(SETTLEMENT_CLOSE)
                .where(SETTLEMENT_CLOSE.JOB.in(jobs));
        return dsl.resultQuery("{0} lock in share mode", select)
                .coerce(SETTLEMENT_CLOSE.JOB, SETTLEMENT_CLOSE.CLOSED_UNTIL, SETTLEMENT_CLOSE.CLOSED_AT)
                .fetchMap(r -> r.value1(), r -> new Closed(Times.instant(r.value2()), Times.instant(r.value3())));
    }
}
