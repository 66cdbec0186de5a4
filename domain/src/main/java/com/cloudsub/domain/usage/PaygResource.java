package com.cloudsub.domain.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pay-as-you-go resource and its state timeline: every state it was in and since when. Billing reads the
 * timeline: the days a secret or key was billable (any started day counts, R-GEN-5, A-21) and the seconds a
 * dedicated instance ran (R-APG-8), always minus the spans the account's service was stopped (R-SSM-L6,
 * R-KMS-5, R-KMS-P4, A-40).
 */
public final class PaygResource {

    /** The resource entered {@code state} at {@code at}. */
    public record StateChange(ResourceState state, Instant at) {
    }

    private final String id;
    private final AccountId accountId;
    private final ResourceKind kind;
    private final String region;
    private final String meter;
    private final List<StateChange> changes;
    private final long version;

    public PaygResource(String id, AccountId accountId, ResourceKind kind, String region, String meter, List<StateChange> changes,
                        long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.region = Objects.requireNonNull(region, "region");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.changes = new ArrayList<>(changes);
        if (this.changes.isEmpty()) {
            throw new IllegalArgumentException("a resource has at least its creation in its timeline");
        }
        this.version = version;
    }

    public static PaygResource create(String id, AccountId accountId, ResourceKind kind, String region, String meter, Instant at) {
        return new PaygResource(id, accountId, kind, region, meter, List.of(new StateChange(kind.initial(), at)), 0);
    }

    /** Moves to {@code to} at {@code at}; an illegal transition is a 409 conflict naming both states. */
    public StateChange change(ResourceState to, Instant at) {
        ResourceState from = state();
        if (!kind.allows(from, to)) {
            throw DomainException.conflict("illegal-transition", kind + " " + id + " cannot go from " + from + " to " + to);
        }
        if (at.isBefore(changedAt())) {
            throw DomainException.conflict("out-of-order", "a state change cannot precede the last one (" + changedAt() + ")");
        }
        StateChange change = new StateChange(to, at);
        changes.add(change);
        return change;
    }

    /**
     * The resource's service was released for arrears (R-SSM-L6, R-KMS-5, R-APG-9): the resource goes with it from
     * whatever state it is in (an enabled key included), at the release instant or its last change if later.
     */
    public StateChange releaseWithService(Instant at) {
        StateChange change = new StateChange(kind.released(), at.isBefore(changedAt()) ? changedAt() : at);
        changes.add(change);
        return change;
    }

    public ResourceState state() {
        return changes.get(changes.size() - 1).state();
    }

    public Instant createdAt() {
        return changes.get(0).at();
    }

    public Instant changedAt() {
        return changes.get(changes.size() - 1).at();
    }

    /** The spans the resource was in a billed state, the last one open while it still is. */
    public List<Interval> billedSpans() {
        List<Interval> spans = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            StateChange change = changes.get(i);
            if (kind.billed(change.state())) {
                Instant end = i + 1 < changes.size() ? changes.get(i + 1).at() : null;
                spans.add(new Interval(change.at(), end));
            }
        }
        return spans;
    }

    /** The billing days in [from, to) on which the resource was billable at some moment outside {@code stops}. */
    public List<LocalDate> billedDays(Instant from, Instant to, List<Interval> stops, BillingCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        List<Interval> billed = Interval.minus(billedSpans(), stops, from, to);
        for (LocalDate day = calendar.dayOf(from); calendar.startOf(day).isBefore(to); day = day.plusDays(1)) {
            Instant dayStart = calendar.startOf(day);
            Instant dayEnd = calendar.startOf(day.plusDays(1));
            if (billed.stream().anyMatch(span -> span.clip(dayStart, dayEnd).isPresent())) {
                days.add(day);
            }
        }
        return days;
    }

    /** How long the resource was billable in [from, to) outside {@code stops}. */
    public Duration billedTime(Instant from, Instant to, List<Interval> stops) {
        return Interval.minus(billedSpans(), stops, from, to).stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    public String id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public ResourceKind kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    public String meter() {
        return meter;
    }

    public List<StateChange> changes() {
        return List.copyOf(changes);
    }

    public long version() {
        return version;
    }
}
