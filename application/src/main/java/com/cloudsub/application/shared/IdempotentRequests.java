package com.cloudsub.application.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers mutating requests by their {@code Idempotency-Key} per account, so a repeat answers the stored
 * response instead of acting twice. {@link #begin} claims a key (false when it is already taken).
 */
public interface IdempotentRequests {

    record Stored(String requestHash, Integer status, String body) {
        public boolean completed() {
            return status != null;
        }
    }

    boolean begin(String accountId, String key, String requestHash, Instant at);

    Optional<Stored> find(String accountId, String key);

    void complete(String accountId, String key, int status, String body);
}
