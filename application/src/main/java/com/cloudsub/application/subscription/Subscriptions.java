package com.cloudsub.application.subscription;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where subscriptions are kept. {@link #update} fails with a 409 conflict on a stale version. */
public interface Subscriptions {

    Optional<Subscription> find(SubscriptionId id);

    void add(Subscription subscription);

    void update(Subscription subscription);

    /** Updates all in one batch; a stale one fails the whole batch with a 409 conflict. */
    void updateAll(java.util.Collection<Subscription> subscriptions);

    List<Subscription> ofAccount(AccountId accountId);

    /**
     * Subscriptions a lifecycle run at {@code now} may act on: active ones ending within 7 days or already
     * ended, suspended ones, isolated ones. At most {@code limit}, after {@code afterId} (keyset paging), and only
     * those in share {@code share} of {@code shares}: the shares split the accounts, so workers that each take
     * one share never pay from the same account.
     */
    List<Subscription> dueForLifecycle(Instant now, String afterId, int limit, int share, int shares);

    /** The subscription if it belongs to {@code caller}; another account's answers 404 like an unknown one. */
    default Subscription owned(AccountId caller, SubscriptionId id) {
        Subscription subscription = get(id);
        if (!subscription.accountId().equals(caller)) {
            throw DomainException.notFound("subscriptionId", "unknown subscription " + id);
        }
        return subscription;
    }

    default Subscription get(SubscriptionId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("subscriptionId", "unknown subscription " + id));
    }
}
