package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.domain.account.AccountId;
import java.time.Instant;

/**
 * Whether the account's private CAs and certificates may be operated: not while they are frozen for unpaid on-demand
 * arrears (R-PCA-6). Paying the arrears (a top-up that lifts the balance to zero or more) lifts the freeze at once.
 */
final class OnDemandAccess {

    private final Accounts accounts;
    private final AccountsInArrears arrears;

    OnDemandAccess(Accounts accounts, AccountsInArrears arrears) {
        this.accounts = accounts;
        this.arrears = arrears;
    }

    void requireOperable(AccountId accountId, Instant now) {
        arrears.of(accountId).ifPresent(since -> {
            if (accounts.get(accountId).inArrears()) {
                since.requireOperable(now);
            }
        });
    }
}
