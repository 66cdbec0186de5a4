package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.PRIVATE_CERTIFICATE;

import com.cloudsub.application.certificate.PrivateCertificates;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.certificate.PrivateCertificate;
import com.cloudsub.domain.certificate.PrivateCertificateId;
import com.cloudsub.persistence.jooq.tables.records.PrivateCertificateRecord;
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
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** An update never touches {@code settled_until}, which only the settlement moves. */
@Component
class JooqPrivateCertificates implements PrivateCertificates {

    /** Billed hours are left to settle: still billed, or settled short of when billing stopped (revocation or deletion). */
    static final Condition STILL_BILLED = PRIVATE_CERTIFICATE.REVOKED_AT.isNull().and(PRIVATE_CERTIFICATE.DELETED_AT.isNull())
            .or(PRIVATE_CERTIFICATE.SETTLED_UNTIL.lt(DSL.coalesce(PRIVATE_CERTIFICATE.REVOKED_AT, PRIVATE_CERTIFICATE.DELETED_AT)));

    private final DSLContext dsl;
    private final Batch update;

    JooqPrivateCertificates(DSLContext dsl) {
        this.dsl = dsl;
        this.update = new Batch(dsl, dsl.update(PRIVATE_CERTIFICATE)
                .set(PRIVATE_CERTIFICATE.STATE, (String) null)
                .set(PRIVATE_CERTIFICATE.REVOKED_AT, (LocalDateTime) null)
                .set(PRIVATE_CERTIFICATE.DELETED_AT, (LocalDateTime) null)
                .set(PRIVATE_CERTIFICATE.VERSION, (Long) null)
                .where(PRIVATE_CERTIFICATE.ID.eq((String) null).and(PRIVATE_CERTIFICATE.VERSION.eq((Long) null))));
    }

    @Override
    public Optional<PrivateCertificate> find(PrivateCertificateId id) {
        return dsl.selectFrom(PRIVATE_CERTIFICATE).where(PRIVATE_CERTIFICATE.ID.eq(id.value()))
                .fetchOptional(JooqPrivateCertificates::map);
    }

    @Override
    public void add(PrivateCertificate c, Instant settledUntil) {
        dsl.insertInto(PRIVATE_CERTIFICATE)
                .set(PRIVATE_CERTIFICATE.ID, c.id().value())
                .set(PRIVATE_CERTIFICATE.CA_ID, c.caId().value())
                .set(PRIVATE_CERTIFICATE.ACCOUNT_ID, c.accountId().value())
                .set(PRIVATE_CERTIFICATE.STATE, c.state().name())
                .set(PRIVATE_CERTIFICATE.ISSUED_AT, Times.utc(c.issuedAt()))
                .set(PRIVATE_CERTIFICATE.REVOKED_AT, Times.utc(c.revokedAt()))
                .set(PRIVATE_CERTIFICATE.DELETED_AT, Times.utc(c.deletedAt()))
                .set(PRIVATE_CERTIFICATE.SETTLED_UNTIL, Times.utc(settledUntil))
                .set(PRIVATE_CERTIFICATE.VERSION, 0L)
                .execute();
    }

    @Override
    public void updateAll(Collection<PrivateCertificate> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = update.execute(changed, c -> new Object[] {c.state().name(), Times.utc(c.revokedAt()), Times.utc(c.deletedAt()),
                c.version() + 1, c.id().value(), c.version()});
        Batch.requireEachUpdated(counts, "a private certificate");
    }

    @Override
    public List<PrivateCertificate> ofCa(PrivateCaId caId) {
        return dsl.selectFrom(PRIVATE_CERTIFICATE).where(PRIVATE_CERTIFICATE.CA_ID.eq(caId.value()))
                .orderBy(PRIVATE_CERTIFICATE.ISSUED_AT, PRIVATE_CERTIFICATE.ID).fetch(JooqPrivateCertificates::map);
    }

    @Override
    public Map<AccountId, List<PrivateCertificate>> toSettle(Collection<AccountId> accountIds) {
        return dsl.selectFrom(PRIVATE_CERTIFICATE)
                .where(PRIVATE_CERTIFICATE.ACCOUNT_ID.in(accountIds.stream().map(AccountId::value).toList()))
                .and(STILL_BILLED)
                .orderBy(PRIVATE_CERTIFICATE.ISSUED_AT, PRIVATE_CERTIFICATE.ID)
                .fetch(JooqPrivateCertificates::map).stream()
                .collect(Collectors.groupingBy(PrivateCertificate::accountId, LinkedHashMap::new, Collectors.toList()));
    }

    private static PrivateCertificate map(PrivateCertificateRecord r) {
        return new PrivateCertificate(new PrivateCertificateId(r.getId()), new PrivateCaId(r.getCaId()), new AccountId(r.getAccountId()),
                PrivateCertificate.State.valueOf(r.getState()), Times.instant(r.getIssuedAt()), Times.instant(r.getRevokedAt()),
                Times.instant(r.getDeletedAt()), r.getVersion());
    }
}
