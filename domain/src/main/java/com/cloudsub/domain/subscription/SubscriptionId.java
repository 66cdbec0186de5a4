package com.cloudsub.domain.subscription;

import com.cloudsub.domain.shared.DomainException;

/** A subscription's identity. */
public record SubscriptionId(String value) {
    public SubscriptionId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw DomainException.invalid("subscriptionId", "a subscription id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
