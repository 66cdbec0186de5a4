package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.SSL_CERTIFICATE;

import com.cloudsub.application.certificate.SslCertificates;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.certificate.SslRenewal;
import com.cloudsub.domain.certificate.SslSource;
import com.cloudsub.domain.certificate.SslSpec;
import com.cloudsub.domain.certificate.SslState;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.jooq.tables.records.SslCertificateRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqSslCertificates implements SslCertificates {

    private final DSLContext dsl;

    JooqSslCertificates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<SslCertificate> find(SslCertificateId id) {
        return dsl.selectFrom(SSL_CERTIFICATE).where(SSL_CERTIFICATE.ID.eq(id.value())).fetchOptional(JooqSslCertificates::map);
    }

    @Override
    public Payment payment(SslCertificateId id) {
        return dsl.selectFrom(SSL_CERTIFICATE).where(SSL_CERTIFICATE.ID.eq(id.value())).fetchOptional(r -> new Payment(
                        Money.of(r.getCash(), r.getCurrency()), Money.of(r.getGift(), r.getCurrency()), Money.of(r.getVoucher(), r.getCurrency())))
                .orElseThrow(() -> DomainException.notFound("sslCertificateId", "unknown SSL certificate " + id));
    }

    @Override
    public void addAll(List<Paid> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        dsl.batchInsert(certificates.stream().map(paid -> {
            SslCertificateRecord record = dsl.newRecord(SSL_CERTIFICATE);
            write(record, paid.certificate());
            Payment payment = paid.payment();
            record.setCurrency(payment.cash().currency());
            record.setCash(payment.cash().amount());
            record.setGift(payment.gift().amount());
            record.setVoucher(payment.voucher().amount());
            record.setPriceVersion(paid.priceVersion());
            record.setVersion(0L);
            return record;
        }).toList()).execute();
    }

    @Override
    public void updateAll(Collection<SslCertificate> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = dsl.batch(changed.stream().map(c -> {
            SslCertificateRecord record = dsl.newRecord(SSL_CERTIFICATE);
            write(record, c);
            record.setVersion(c.version() + 1);
            return dsl.update(SSL_CERTIFICATE).set(record)
                    .where(SSL_CERTIFICATE.ID.eq(c.id().value()).and(SSL_CERTIFICATE.VERSION.eq(c.version())));
        }).toList()).execute();
        Batch.requireEachUpdated(counts, "an SSL certificate");
    }

    @Override
    public List<SslCertificate> ofAccount(AccountId accountId) {
        return dsl.selectFrom(SSL_CERTIFICATE).where(SSL_CERTIFICATE.ACCOUNT_ID.eq(accountId.value()))
                .orderBy(SSL_CERTIFICATE.PAID_AT.desc(), SSL_CERTIFICATE.ID).fetch(JooqSslCertificates::map);
    }

    @Override
    public List<SslCertificate> issuedExpiringBefore(Instant before, String afterId, int limit) {
        return dsl.selectFrom(SSL_CERTIFICATE)
                .where(SSL_CERTIFICATE.STATE.eq(SslState.ISSUED.name()))
                .and(SSL_CERTIFICATE.EXPIRES_AT.lt(Times.utc(before)))
                .and(SSL_CERTIFICATE.ID.gt(afterId))
                .orderBy(SSL_CERTIFICATE.ID).limit(limit).fetch(JooqSslCertificates::map);
    }

    /** Everything but the payment, which is written once with the certificate and never changes. */
    private static void write(SslCertificateRecord r, SslCertificate c) {
        r.setId(c.id().value());
        r.setAccountId(c.accountId().value());
        r.setSpecCode(c.spec().code());
        r.setBrand(c.spec().brand());
        r.setValidationType(c.spec().type().name());
        r.setDomainType(c.spec().domainType().name());
        r.setDomainCount(c.spec().domainCount());
        r.setYears(c.years());
        r.setSource(c.source().name());
        r.setState(c.state().name());
        r.setPaidAt(Times.utc(c.paidAt()));
        r.setIssuedAt(Times.utc(c.issuedAt()));
        r.setExpiresAt(Times.utc(c.expiresAt()));
        r.setRevokedAt(Times.utc(c.revokedAt()));
        r.setAutoRenew(c.autoRenew());
        SslRenewal renewal = c.renewalOf();
        r.setRenewalOf(renewal == null ? null : renewal.originalId().value());
        r.setRenewalOfExpiresAt(renewal == null ? null : Times.utc(renewal.originalExpiresAt()));
        r.setRenewalEntry(renewal == null ? null : renewal.entry().name());
        r.setRenewalIdentical(renewal == null ? null : renewal.identicalSpec());
        r.setRenewedBy(c.renewedBy() == null ? null : c.renewedBy().value());
    }

    private static SslCertificate map(SslCertificateRecord r) {
        SslSpec spec = new SslSpec(r.getSpecCode(), r.getBrand(), SslSpec.Type.valueOf(r.getValidationType()),
                SslSpec.DomainType.valueOf(r.getDomainType()), r.getDomainCount());
        SslRenewal renewal = r.getRenewalOf() == null ? null : new SslRenewal(new SslCertificateId(r.getRenewalOf()),
                Times.instant(r.getRenewalOfExpiresAt()), SslRenewal.Entry.valueOf(r.getRenewalEntry()), r.getRenewalIdentical());
        return new SslCertificate(new SslCertificateId(r.getId()), new AccountId(r.getAccountId()), spec, r.getYears(),
                SslSource.valueOf(r.getSource()), SslState.valueOf(r.getState()), Times.instant(r.getPaidAt()),
                Times.instant(r.getIssuedAt()), Times.instant(r.getExpiresAt()), Times.instant(r.getRevokedAt()), r.getAutoRenew(),
                renewal, r.getRenewedBy() == null ? null : new SslCertificateId(r.getRenewedBy()), r.getVersion());
    }
}
