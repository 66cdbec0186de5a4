package com.cloudsub.application.subscription;

import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Keys every lifecycle action by subscription, term end and action, so that a re-run does nothing twice
 * (R-GEN-6). A pass reads the actions already taken for a page of subscriptions and records the new ones in
 * the same transaction as their changes; a unique key refuses a second record of the same action.
 */
public interface LifecycleLog {

    enum Action { EXPIRY_WARNING, AUTO_RENEW, EXPIRY_NOTICE, SUSPEND, RELEASE, DESTROY }

    record Key(SubscriptionId subscriptionId, Instant termEnd, Action action) {
    }

    Set<Key> taken(Collection<SubscriptionId> subscriptions);

    void recordAll(List<Key> keys, Instant at);
}
