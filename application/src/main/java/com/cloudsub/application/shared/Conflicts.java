package com.cloudsub.application.shared;

import com.cloudsub.domain.shared.DomainException;
import java.util.function.Supplier;

/**
 * Runs a unit of work again when it lost a race: a 409 conflict (a stale version, a row another node wrote first)
 * means the work's transaction rolled back whole, so running it again reads fresh data. Any other failure is rethrown
 * at once.
 */
public final class Conflicts {
    private Conflicts() {
    }

    /**
     * Runs {@code work} (one transaction) up to {@code attempts} times while it fails with a conflict.
     *
     * @throws DomainException the last conflict when every attempt lost its race
     */
    public static <T> T retry(int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.CONFLICT || attempt >= attempts) {
                    throw e;
                }
            }
        }
    }
}
