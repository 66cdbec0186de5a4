package com.cloudsub.domain.certificate;

import java.time.Instant;
import java.util.Objects;

/** From {@code at} on, the CA was in {@code state}; a CA's history of these is what it is billed from. */
public record CaStateChange(Instant at, CaState state) {
    public CaStateChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
    }
}
