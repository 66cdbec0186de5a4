package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The customer's actions on a private CA (R-PCA-1..4, A-55, A-66, A-67, A-70). The CA's transition table decides; an
 * action its state does not allow is a 409 naming the state and the allowed actions, and nothing changes. No action
 * while the account's resources are frozen for arrears (R-PCA-6). Billing follows from the recorded states
 * ({@link com.cloudsub.domain.certificate.CaBilling}); cancelling a scheduled deletion back-bills its whole span
 * (R-PCA-4), charged by the next settlement.
 */
public class ManagePrivateCa {

    private final PrivateCas cas;
    private final OnDemandAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public ManagePrivateCa(PrivateCas cas, Accounts accounts, AccountsInArrears arrears, Transactions transactions, Clock clock) {
        this.cas = cas;
        this.access = new OnDemandAccess(accounts, arrears);
        this.transactions = transactions;
        this.clock = clock;
    }

    public PrivateCa activate(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::activate);
    }

    public PrivateCa disable(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::disable);
    }

    public PrivateCa enable(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::enable);
    }

    /** Deleted after {@code delayDays} (7–30, default 7) unless cancelled; not billed meanwhile (R-PCA-3). */
    public PrivateCa scheduleDeletion(AccountId caller, PrivateCaId id, Integer delayDays) {
        int days = delayDays == null ? PrivateCa.DEFAULT_DELETION_DELAY_DAYS : delayDays;
        return change(caller, id, (ca, now) -> ca.scheduleDeletion(now, days));
    }

    public PrivateCa cancelDeletion(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::cancelDeletion);
    }

    /** Subordinate CAs only. */
    public PrivateCa revoke(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::revoke);
    }

    /** A CA never activated is deleted at once. */
    public PrivateCa deletePending(AccountId caller, PrivateCaId id) {
        return change(caller, id, PrivateCa::deletePending);
    }

    private PrivateCa change(AccountId caller, PrivateCaId id, BiConsumer<PrivateCa, Instant> action) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            PrivateCa ca = cas.owned(caller, id, "privateCaId");
            access.requireOperable(caller, now);
            action.accept(ca, now);
            cas.update(ca);
            return ca;
        });
    }
}
