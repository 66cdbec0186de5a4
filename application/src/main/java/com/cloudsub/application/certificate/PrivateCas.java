package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where private CAs and their state histories are kept. An update of a stale CA fails with a 409. */
public interface PrivateCas {

    Optional<PrivateCa> find(PrivateCaId id);

    /** Adds a new CA, settled (charged) up to {@code settledUntil}, the start of its first hour. */
    void add(PrivateCa ca, Instant settledUntil);

    void updateAll(Collection<PrivateCa> cas);

    /** The account's CAs, oldest first. */
    List<PrivateCa> ofAccount(AccountId accountId);

    /** The CAs of these accounts the settlement still looks at: all but those ended and settled past their end. */
    Map<AccountId, List<PrivateCa>> toSettle(Collection<AccountId> accountIds);

    default void update(PrivateCa ca) {
        updateAll(List.of(ca));
    }

    /** The caller's CA; another account's answers 404 like an unknown one. */
    default PrivateCa owned(AccountId caller, PrivateCaId id, String field) {
        return find(id).filter(ca -> ca.accountId().equals(caller))
                .orElseThrow(() -> DomainException.notFound(field, "unknown private CA " + id));
    }
}
