package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where SSL certificates are kept, each with what was paid for it. An update of a stale certificate fails with a 409. */
public interface SslCertificates {

    /** A certificate and its share of the order that paid for it (cash, gift, voucher) under a price version. */
    record Paid(SslCertificate certificate, Payment payment, String priceVersion) {
    }

    Optional<SslCertificate> find(SslCertificateId id);

    /** What was paid for the certificate (zero for a free one). */
    Payment payment(SslCertificateId id);

    void addAll(List<Paid> certificates);

    void updateAll(Collection<SslCertificate> certificates);

    /** The account's certificates, newest first. */
    List<SslCertificate> ofAccount(AccountId accountId);

    /** ISSUED certificates expiring before {@code before}, in id order after {@code afterId}: what the lifecycle pass looks at. */
    List<SslCertificate> issuedExpiringBefore(Instant before, String afterId, int limit);

    default void update(SslCertificate certificate) {
        updateAll(List.of(certificate));
    }

    /** The caller's certificate; another account's answers 404 like an unknown one. */
    default SslCertificate owned(AccountId caller, SslCertificateId id) {
        return find(id).filter(c -> c.accountId().equals(caller))
                .orElseThrow(() -> DomainException.notFound("sslCertificateId", "unknown SSL certificate " + id));
    }
}
