package com.cloudsub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** R-GEN-6 a unit of work that lost a race runs again from fresh data; nothing else is retried. */
class ConflictsTest {

    private final AtomicInteger runs = new AtomicInteger();

    private String losingTimes(int lost) {
        if (runs.incrementAndGet() <= lost) {
            throw DomainException.conflict("stale-version", "changed meanwhile");
        }
        return "done";
    }

    @Test
    void aLostRaceRunsAgain() {
        assertThat(Conflicts.retry(3, () -> losingTimes(2))).isEqualTo("done");
        assertThat(runs).hasValue(3);
    }

    @Test
    void theLastConflictIsRethrownWhenEveryAttemptLost() {
        assertThatThrownBy(() -> Conflicts.retry(2, () -> losingTimes(5)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(runs).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        assertThatThrownBy(() -> Conflicts.retry(3, () -> {
            runs.incrementAndGet();
            throw DomainException.refused("insufficient-balance", "balance", "short");
        })).isInstanceOf(DomainException.class);
        assertThat(runs).hasValue(1);
    }
}
