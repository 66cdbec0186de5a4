package com.cloudsub.application.audit;

import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every operator action: who, when, what and why. A use case writes its entry in the same transaction as the
 * change it records, so an action is never applied without its entry, nor recorded without being applied.
 */
public interface AuditLog {

    /** Operator actions, named the same in the log, the UI and the tests. */
    enum Action { REFUND_APPROVED, REFUND_REJECTED, PRICE_SCHEDULED, CLOCK_MOVED, LIFECYCLE_RUN }

    /** The longest reason an entry keeps. */
    int MAX_REASON = 500;

    /** One operator action; a reason longer than {@link #MAX_REASON} is refused (400, field {@code reason}). */
    record Entry(String operator, Action action, String target, String details, String reason, Instant at) {
        public Entry {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(at, "at");
            details = details == null ? "" : details;
            reason = reason == null ? "" : reason;
            if (reason.length() > MAX_REASON) {
                throw DomainException.invalid("reason", "a reason is at most " + MAX_REASON + " characters");
            }
        }
    }

    void record(Entry entry);

    /** The latest entries, newest first. */
    List<Entry> recent(int limit);

    /** The entries about one target (a refund, a subscription, a price item), oldest first. */
    List<Entry> about(String target);
}
