package com.cloudsub.application.account;

import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import java.util.Optional;

/** Where accounts are kept. {@link #update} fails with a 409 conflict when the account changed meanwhile. */
public interface Accounts {

    Optional<Account> find(AccountId id);

    void add(Account account);

    void update(Account account);

    /** The accounts with these ids, with their contacts, in two queries. */
    java.util.Map<AccountId, Account> findAll(java.util.Collection<AccountId> ids);

    /** Updates all in one batch; a stale one fails the whole batch with a 409 conflict. */
    void updateAll(java.util.Collection<Account> accounts);

    default Account get(AccountId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("accountId", "unknown account " + id));
    }
}
