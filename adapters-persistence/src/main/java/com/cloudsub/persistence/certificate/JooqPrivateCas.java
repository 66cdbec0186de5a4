package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.PRIVATE_CA;
import static com.cloudsub.persistence.jooq.Tables.PRIVATE_CA_STATE_CHANGE;

import com.cloudsub.application.certificate.PrivateCas;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.CaKind;
import com.cloudsub.domain.certificate.CaState;
import com.cloudsub.domain.certificate.CaStateChange;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.persistence.jooq.tables.records.PrivateCaRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * A CA row (current state, version, how far it is settled) and its state history, appended: each change is a row
 * (ca, seq) written once. An update never touches {@code settled_until}, which only the settlement moves.
 */
@Component
class JooqPrivateCas implements PrivateCas {

    /** Billed hours are left to settle: the CA has not ended, or is settled short of its end. */
    static final Condition STILL_BILLED = PRIVATE_CA.ENDED_AT.isNull().or(PRIVATE_CA.SETTLED_UNTIL.lt(PRIVATE_CA.ENDED_AT));

    private final DSLContext dsl;
    private final Batch update;

    JooqPrivateCas(DSLContext dsl) {
        this.dsl = dsl;
        this.update = new Batch(dsl, dsl.update(PRIVATE_CA)
                .set(PRIVATE_CA.STATE, (String) null)
                .set(PRIVATE_CA.DELETION_DUE_AT, (LocalDateTime) null)
                .set(PRIVATE_CA.ENDED_AT, (LocalDateTime) null)
                .set(PRIVATE_CA.VERSION, (Long) null)
                .where(PRIVATE_CA.ID.eq((String) null).and(PRIVATE_CA.VERSION.eq((Long) null))));
    }

    @Override
    public Optional<PrivateCa> find(PrivateCaId id) {
        return load(PRIVATE_CA.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public void add(PrivateCa ca, Instant settledUntil) {
        PrivateCaRecord record = dsl.newRecord(PRIVATE_CA);
        write(record, ca);
        record.setCreatedAt(Times.utc(ca.history().get(0).at()));
        record.setSettledUntil(Times.utc(settledUntil));
        record.setVersion(0L);
        record.insert();
        appendHistory(List.of(ca));
    }

    @Override
    public void updateAll(Collection<PrivateCa> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = update.execute(changed, ca -> new Object[] {ca.state().name(), Times.utc(ca.deletionDueAt()), Times.utc(ca.endedAt()),
                ca.version() + 1, ca.id().value(), ca.version()});
        Batch.requireEachUpdated(counts, "a private CA");
        appendHistory(changed);
    }

    @Override
    public List<PrivateCa> ofAccount(AccountId accountId) {
        return load(PRIVATE_CA.ACCOUNT_ID.eq(accountId.value()));
    }

    @Override
    public Map<AccountId, List<PrivateCa>> toSettle(Collection<AccountId> accountIds) {
        return load(PRIVATE_CA.ACCOUNT_ID.in(accountIds.stream().map(AccountId::value).toList()).and(STILL_BILLED)).stream()
                .collect(Collectors.groupingBy(PrivateCa::accountId, LinkedHashMap::new, Collectors.toList()));
    }

    private List<PrivateCa> load(Condition condition) {
        List<PrivateCaRecord> rows = dsl.selectFrom(PRIVATE_CA).where(condition)
                .orderBy(PRIVATE_CA.CREATED_AT, PRIVATE_CA.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<CaStateChange>> histories = dsl.select(PRIVATE_CA_STATE_CHANGE.CA_ID, PRIVATE_CA_STATE_CHANGE.CHANGED_AT,
                        PRIVATE_CA_STATE_CHANGE.STATE)
                .from(PRIVATE_CA_STATE_CHANGE)
                .where(PRIVATE_CA_STATE_CHANGE.CA_ID.in(rows.stream().map(PrivateCaRecord::getId).toList()))
                .orderBy(PRIVATE_CA_STATE_CHANGE.CA_ID, PRIVATE_CA_STATE_CHANGE.SEQ)
                .fetch().stream().collect(Collectors.groupingBy((Record r) -> r.get(PRIVATE_CA_STATE_CHANGE.CA_ID),
                        Collectors.mapping(r -> new CaStateChange(Times.instant(r.get(PRIVATE_CA_STATE_CHANGE.CHANGED_AT)),
                                CaState.valueOf(r.get(PRIVATE_CA_STATE_CHANGE.STATE))), Collectors.toList())));
        return rows.stream().map(r -> new PrivateCa(new PrivateCaId(r.getId()), new AccountId(r.getAccountId()),
                CaKind.valueOf(r.getKind()), r.getParentId() == null ? null : new PrivateCaId(r.getParentId()),
                Times.instant(r.getValidUntil()), histories.get(r.getId()), Times.instant(r.getDeletionDueAt()), r.getVersion())).toList();
    }

    /** Inserts the changes not stored yet; those stored keep their row. */
    private void appendHistory(Collection<PrivateCa> cas) {
        var insert = dsl.insertInto(PRIVATE_CA_STATE_CHANGE, PRIVATE_CA_STATE_CHANGE.CA_ID, PRIVATE_CA_STATE_CHANGE.SEQ,
                PRIVATE_CA_STATE_CHANGE.CHANGED_AT, PRIVATE_CA_STATE_CHANGE.STATE);
        for (PrivateCa ca : cas) {
            List<CaStateChange> history = ca.history();
            for (int seq = 0; seq < history.size(); seq++) {
                insert = insert.values(ca.id().value(), seq, Times.utc(history.get(seq).at()), history.get(seq).state().name());
            }
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    private static void write(PrivateCaRecord r, PrivateCa ca) {
        r.setId(ca.id().value());
        r.setAccountId(ca.accountId().value());
        r.setKind(ca.kind().name());
        r.setParentId(ca.parentId() == null ? null : ca.parentId().value());
        r.setState(ca.state().name());
        r.setValidUntil(Times.utc(ca.validUntil()));
        r.setDeletionDueAt(Times.utc(ca.deletionDueAt()));
        r.setEndedAt(Times.utc(ca.endedAt()));
    }
}
