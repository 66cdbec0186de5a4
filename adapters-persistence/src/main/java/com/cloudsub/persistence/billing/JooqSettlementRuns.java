package com.cloudsub.persistence.billing;

import static com.cloudsub.persistence.jooq.Tables.SETTLEMENT_RUN;

import com.cloudsub.application.billing.SettlementRuns;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
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
}
