package com.cloudsub.domain.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A private CA, billed per second by state (R-PCA-1, R-PCA-2), and its lifecycle (R-PCA-3, R-PCA-4, A-55, A-66, A-67,
 * {@link #TRANSITIONS} decides which actions a state allows (REVOKE only for subordinates); anything else is a
 * conflict (409) naming the state and what it allows. The CA keeps its history of states: {@link CaBilling} bills from it.
 */
public final class PrivateCa {

    public static final int MIN_DELETION_DELAY_DAYS = 7;
    public static final int MAX_DELETION_DELAY_DAYS = 30;
    public static final int DEFAULT_DELETION_DELAY_DAYS = 7;

    /** The lifecycle table: the actions each state allows, for a subordinate CA (a root CA cannot be revoked). */
    static final Map<CaState, Set<CaAction>> TRANSITIONS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            CaState.PENDING_ACTIVATION, EnumSet.of(CaAction.ACTIVATE, CaAction.DELETE_PENDING),
            CaState.ACTIVE, EnumSet.of(CaAction.DISABLE, CaAction.REVOKE, CaAction.EXPIRE),
            CaState.DISABLED, EnumSet.of(CaAction.ENABLE, CaAction.SCHEDULE_DELETION, CaAction.REVOKE, CaAction.EXPIRE),
            CaState.SCHEDULED_DELETION, EnumSet.of(CaAction.CANCEL_DELETION, CaAction.COMPLETE_DELETION),
            CaState.EXPIRED, EnumSet.of(CaAction.SCHEDULE_DELETION),
            CaState.REVOKED, EnumSet.noneOf(CaAction.class),
            CaState.DELETED, EnumSet.noneOf(CaAction.class))));

    private final PrivateCaId id;
    private final AccountId accountId;
    private final CaKind kind;
    private final PrivateCaId parentId;
    private final Instant validUntil;
    private final List<CaStateChange> history;
    private Instant deletionDueAt;
    private final long version;

    /** Rebuilds a stored CA; {@code history} is in time order and its last entry is the current state. */
    public PrivateCa(PrivateCaId id, AccountId accountId, CaKind kind, PrivateCaId parentId, Instant validUntil,
                     List<CaStateChange> history, Instant deletionDueAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parentId = parentId;
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a CA's history starts with its creation");
        }
        this.history = new ArrayList<>(history);
        this.deletionDueAt = deletionDueAt;
        this.version = version;
    }

    /**
     * A new CA, pending activation. A root CA is billed from now (R-PCA-2, A-53); a subordinate needs its parent
     * and is billed from activation.
     */
    public static PrivateCa create(PrivateCaId id, AccountId accountId, CaKind kind, PrivateCaId parentId,
                                   Instant validUntil, Instant now) {
        if ((kind == CaKind.SUBORDINATE) != (parentId != null)) {
            throw DomainException.invalid("parentId", "a subordinate CA names its parent CA; a root CA has none");
        }
        if (!validUntil.isAfter(now)) {
            throw DomainException.invalid("validUntil", "a CA must be valid after its creation");
        }
        return new PrivateCa(id, accountId, kind, parentId, validUntil,
                List.of(new CaStateChange(now, CaState.PENDING_ACTIVATION)), null, 0);
    }

    public CaState state() {
        return history.get(history.size() - 1).state();
    }

    /** The actions the current state allows: the table, less REVOKE for a root CA. */
    public Set<CaAction> allowedActions() {
        Set<CaAction> allowed = EnumSet.noneOf(CaAction.class);
        allowed.addAll(TRANSITIONS.get(state()));
        if (kind == CaKind.ROOT) {
            allowed.remove(CaAction.REVOKE);
        }
        return Collections.unmodifiableSet(allowed);
    }

    public void activate(Instant now) {
        move(CaAction.ACTIVATE, CaState.ACTIVE, now);
    }

    /** Issuing stops; revocation and CRLs go on, and so does billing (R-PCA-1). */
    public void disable(Instant now) {
        move(CaAction.DISABLE, CaState.DISABLED, now);
    }

    public void enable(Instant now) {
        move(CaAction.ENABLE, CaState.ACTIVE, now);
    }

    public void scheduleDeletion(Instant now) {
        scheduleDeletion(now, DEFAULT_DELETION_DELAY_DAYS);
    }

    /** Deleted when {@code delayDays} × 24 h have passed; not billed meanwhile unless cancelled (R-PCA-3, A-54). */
    public void scheduleDeletion(Instant now, int delayDays) {
        require(CaAction.SCHEDULE_DELETION);
        if (delayDays < MIN_DELETION_DELAY_DAYS || delayDays > MAX_DELETION_DELAY_DAYS) {
            throw DomainException.invalid("delayDays", "the deletion delay is " + MIN_DELETION_DELAY_DAYS + " to "
                    + MAX_DELETION_DELAY_DAYS + " days");
        }
        record(CaState.SCHEDULED_DELETION, now);
        deletionDueAt = now.plus(Duration.ofDays(delayDays));
    }

    /**
     * Back to the state before the deletion, or EXPIRED if the validity ended meanwhile; the scheduled span
     * is then billed after all (R-PCA-4), which {@link CaBilling} reads from the history.
     */
    public void cancelDeletion(Instant now) {
        require(CaAction.CANCEL_DELETION);
        if (!now.isBefore(deletionDueAt)) {
            throw DomainException.conflict("deletion-due", "CA " + id + " was due for deletion at " + deletionDueAt
                    + "; it can no longer be cancelled");
        }
        CaState before = history.get(history.size() - 2).state();
        record(now.isBefore(validUntil) ? before : CaState.EXPIRED, now);
        deletionDueAt = null;
    }

    /** The delay elapsed: the CA is deleted as of its due time, whenever the job runs (R-PCA-3). */
    public void completeDeletion(Instant now) {
        require(CaAction.COMPLETE_DELETION);
        if (now.isBefore(deletionDueAt)) {
            throw DomainException.conflict("not-due", "CA " + id + " is due for deletion at " + deletionDueAt);
        }
        record(CaState.DELETED, deletionDueAt);
    }

    public void revoke(Instant now) {
        move(CaAction.REVOKE, CaState.REVOKED, now);
    }

    public void expire(Instant now) {
        require(CaAction.EXPIRE);
        if (now.isBefore(validUntil)) {
            throw DomainException.conflict("not-due", "CA " + id + " is valid until " + validUntil);
        }
        record(CaState.EXPIRED, now);
    }

    /** A CA never activated is deleted at once. */
    public void deletePending(Instant now) {
        move(CaAction.DELETE_PENDING, CaState.DELETED, now);
    }

    /**
     * The arrears' retention ended unpaid (R-PCA-6): the CA is deleted as of {@code at}, whatever its state; nothing of it
     * can be restored. A CA already DELETED or REVOKED is left as it is.
     */
    public void deleteForArrears(Instant at) {
        if (endedAt() == null) {
            record(CaState.DELETED, at);
            deletionDueAt = null;
        }
    }

    /** When the CA stopped for good (DELETED or REVOKED), or null while it may still be billed. */
    public Instant endedAt() {
        CaState state = state();
        return state == CaState.DELETED || state == CaState.REVOKED ? history.get(history.size() - 1).at() : null;
    }

    /** Private certificates are issued only by an ACTIVE CA (R-PCA-5). */
    public void requireCanIssue() {
        if (state() != CaState.ACTIVE) {
            throw DomainException.conflict("ca-not-active", "CA " + id + " is " + state()
                    + "; only an ACTIVE CA issues certificates (R-PCA-5)");
        }
    }

    /** An ACTIVE or DISABLED CA still revokes its certificates; an EXPIRED one no longer does (R-PCA-1). */
    public boolean canRevokeCertificates() {
        return state() == CaState.ACTIVE || state() == CaState.DISABLED;
    }

    private void move(CaAction action, CaState target, Instant now) {
        require(action);
        record(target, now);
    }

    /** Refuses an action the current state does not allow: a 409 whose details name the state and the allowed actions. */
    private void require(CaAction action) {
        if (!allowedActions().contains(action)) {
            throw DomainException.conflict("illegal-transition", "cannot " + action + " " + kind + " CA " + id
                    + ": it is " + state() + "; allowed actions: " + allowedActions(),
                    Map.of("state", state().name(), "allowedActions", allowedActions().stream().map(Enum::name).toList()));
        }
    }

    private void record(CaState state, Instant at) {
        Instant last = history.get(history.size() - 1).at();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException("CA " + id + " changed at " + last + "; time cannot go back to " + at);
        }
        history.add(new CaStateChange(at, state));
    }

    public PrivateCaId id() { return id; }
    public AccountId accountId() { return accountId; }
    public CaKind kind() { return kind; }
    /** The parent CA of a subordinate, null for a root CA. */
    public PrivateCaId parentId() { return parentId; }
    public Instant validUntil() { return validUntil; }
    public List<CaStateChange> history() { return List.copyOf(history); }
    /** When a scheduled deletion completes, or null when none is scheduled. */
    public Instant deletionDueAt() { return deletionDueAt; }
    public long version() { return version; }
}
