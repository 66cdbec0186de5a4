package com.cloudsub.application.simulation;

import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;

/** The operator's clock control in the simulation profile: shows the platform time and moves it forward. */
public class MoveClock {

    /** The longest single move: one year. */
    public static final Duration MAX_MOVE = Duration.ofDays(366);

    private final SimulationClock clock;

    public MoveClock(SimulationClock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Duration offset() {
        return clock.offset();
    }

    public Instant forward(Duration by) {
        if (by == null || by.isNegative() || by.isZero()) {
            throw DomainException.invalid("by", "the clock moves forward by a positive duration, e.g. PT24H or P7D");
        }
        if (by.compareTo(MAX_MOVE) > 0) {
            throw DomainException.invalid("by", "one move is at most " + MAX_MOVE.toDays() + " days");
        }
        return clock.advance(by);
    }
}
