package com.cloudsub.application.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform clock of the simulation profile: real time plus an offset that an operator can move
 * forward (never back), so a person can watch time-based rules act. Never used in production.
 */
public final class SimulationClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public SimulationClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private SimulationClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves the clock forward; answers the new instant. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the simulation clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulationClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
