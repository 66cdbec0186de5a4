package com.cloudsub.application.subscription;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;

/** Turns auto-renew on or off and sets its term (R-SUB-3). */
public class ChangeAutoRenew {

    private final Subscriptions subscriptions;
    private final Transactions transactions;

    public ChangeAutoRenew(Subscriptions subscriptions, Transactions transactions) {
        this.subscriptions = subscriptions;
        this.transactions = transactions;
    }

    public Subscription change(AccountId caller, SubscriptionId id, boolean on, int months) {
        return transactions.inTransaction(() -> {
            Subscription subscription = subscriptions.owned(caller, id);
            subscription.setAutoRenew(on, months);
            subscriptions.update(subscription);
            return subscriptions.get(id);
        });
    }
}
