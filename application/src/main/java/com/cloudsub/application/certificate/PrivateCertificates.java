package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.certificate.PrivateCertificate;
import com.cloudsub.domain.certificate.PrivateCertificateId;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where private certificates are kept. An update of a stale certificate fails with a 409. */
public interface PrivateCertificates {

    Optional<PrivateCertificate> find(PrivateCertificateId id);

    /** Adds a new certificate, settled (charged) up to {@code settledUntil}, the start of its first hour. */
    void add(PrivateCertificate certificate, Instant settledUntil);

    void updateAll(Collection<PrivateCertificate> certificates);

    /** The CA's certificates, oldest first. */
    List<PrivateCertificate> ofCa(PrivateCaId caId);

    /** The certificates of these accounts the settlement still looks at: all but those deleted and settled past deletion. */
    Map<AccountId, List<PrivateCertificate>> toSettle(Collection<AccountId> accountIds);

    default void update(PrivateCertificate certificate) {
        updateAll(List.of(certificate));
    }

    /** A certificate of the caller's CA {@code caId}; anything else answers 404 like an unknown one. */
    default PrivateCertificate owned(AccountId caller, PrivateCaId caId, PrivateCertificateId id) {
        return find(id).filter(c -> c.accountId().equals(caller) && c.caId().equals(caId))
                .orElseThrow(() -> DomainException.notFound("privateCertificateId", "unknown private certificate " + id
                        + " of CA " + caId));
    }
}
