package com.cloudsub.application.operator;

import java.time.Instant;
import java.util.Optional;

/** The people who run the platform through {@code /admin}; their passwords are kept only as hashes. */
public interface Operators {

    record Operator(String username, String passwordHash, boolean enabled, Instant createdAt) {
    }

    Optional<Operator> find(String username);

    /** Adds the operator or replaces its hash and state. */
    void save(Operator operator);
}
