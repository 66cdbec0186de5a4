package com.cloudsub.application.subscription;

import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Instant;

/**
 * Keys every lifecycle action by subscription, term end and action, so that a re-run does nothing twice
 * (R-GEN-6): {@link #claim} answers false when the action was already taken.
 */
public interface LifecycleLog {

    enum Action { EXPIRY_WARNING, AUTO_RENEW, EXPIRY_NOTICE, SUSPEND, RELEASE, DESTROY }

    boolean claim(SubscriptionId subscriptionId, Instant termEnd, Action action, Instant at);
}
