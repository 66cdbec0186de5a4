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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** An update never touches {@code settled_until}, which only the settlement moves. */
@Component
class JooqPrivateCertificates implements PrivateCertificates {

    private final DSLContext dsl;

    JooqPrivateCertificates(DSLContext dsl) {
        this.dsl = dsl;
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
        int[] counts = dsl.batch(changed.stream().map(c -> dsl.update(PRIVATE_CERTIFICATE)
                .set(PRIVATE_CERTIFICATE.STATE, c.state().name())
                .set(PRIVATE_CERTIFICATE.REVOKED_AT, Times.utc(c.revokedAt()))
                .set(PRIVATE_CERTIFICATE.DELETED_AT, Times.utc(c.deletedAt()))
                .set(PRIVATE_CERTIFICATE.VERSION, c.version() + 1)
                .where(PRIVATE_CERTIFICATE.ID.eq(c.id().value()).and(PRIVATE_CERTIFICATE.VERSION.eq(c.version())))).toList()).execute();
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
                .and(PRIVATE_CERTIFICATE.DELETED_AT.isNull().or(PRIVATE_CERTIFICATE.SETTLED_UNTIL.lt(PRIVATE_CERTIFICATE.DELETED_AT)))
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
