package com.cloudsub.persistence.audit;

import static com.cloudsub.persistence.jooq.Tables.AUDIT_LOG;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.persistence.jooq.tables.records.AuditLogRecord;
import com.cloudsub.persistence.shared.Times;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Append-only: entries are inserted, never updated or deleted. */
@Component
class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Entry entry) {
        dsl.insertInto(AUDIT_LOG, AUDIT_LOG.OPERATOR, AUDIT_LOG.ACTION, AUDIT_LOG.TARGET, AUDIT_LOG.DETAILS, AUDIT_LOG.REASON,
                        AUDIT_LOG.RECORDED_AT)
                .values(entry.operator(), entry.action().name(), entry.target(), entry.details(), entry.reason(), Times.utc(entry.at()))
                .execute();
    }

    @Override
    public List<Entry> recent(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(JooqAuditLog::map);
    }

    @Override
    public List<Entry> about(String target) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.TARGET.eq(target)).orderBy(AUDIT_LOG.ID).fetch(JooqAuditLog::map);
    }

    private static Entry map(AuditLogRecord r) {
        return new Entry(r.getOperator(), Action.valueOf(r.getAction()), r.getTarget(), r.getDetails(), r.getReason(),
                Times.instant(r.getRecordedAt()));
    }
}
