package com.cloudsub.application.simulation;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;

/**
 * The operator's clock control in the simulation profile: shows the platform time and moves it forward. Every move
 * is an audited operator action.
 */
public class MoveClock {

    /** The longest single move: one year. */
    public static final Duration MAX_MOVE = Duration.ofDays(366);

    private final SimulationClock clock;
    private final AuditLog audit;
    private final Transactions transactions;

    public MoveClock(SimulationClock clock, AuditLog audit, Transactions transactions) {
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Instant now() {
        return clock.instant();
    }

    public Duration offset() {
        return clock.offset();
    }

    public Instant forward(Duration by, String operator, String reason) {
        if (by == null || by.isNegative() || by.isZero()) {
            throw DomainException.invalid("by", "the clock moves forward by a positive duration, e.g. PT24H or P7D");
        }
        if (by.compareTo(MAX_MOVE) > 0) {
            throw DomainException.invalid("by", "one move is at most " + MAX_MOVE.toDays() + " days");
        }
        // The entry is written first and the move is the transaction's last step: a failed write leaves the clock alone.
        return transactions.inTransaction(() -> {
            Instant from = clock.instant();
            audit.record(new AuditLog.Entry(operator, AuditLog.Action.CLOCK_MOVED, "platform-clock",
                    "forward by " + by + " from " + from, reason, from));
            return clock.advance(by);
        });
    }
}
