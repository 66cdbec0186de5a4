package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's private CAs and certificates while it is in arrears since {@code since} = A (R-PCA-6, A-58, A-59):
 * grace {@code [A, A + 15 d)} still running and billed; FROZEN {@code [A + 15 d, A + 30 d)}, no operation and nothing
 * billed; deleted at {@code A + 30 d}, unrecoverably. Paying the arrears ends it.
 */
public record OnDemandArrears(Instant since) {

    public static final Duration GRACE = Duration.ofDays(15);
    public static final Duration RETENTION = Duration.ofDays(15);

    public enum Stage {
        GRACE(true, true), FROZEN(false, false), DELETED(false, false);

        private final boolean billed;
        private final boolean operable;

        Stage(boolean billed, boolean operable) {
            this.billed = billed;
            this.operable = operable;
        }

        public boolean billed() {
            return billed;
        }

        public boolean operable() {
            return operable;
        }
    }

    public OnDemandArrears {
        Objects.requireNonNull(since, "since");
    }

    public Instant frozenFrom() {
        return since.plus(GRACE);
    }

    public Instant deletedAt() {
        return frozenFrom().plus(RETENTION);
    }

    /** Usage is billed up to here; a settlement stops its interval at this instant. */
    public Instant billableUntil() {
        return frozenFrom();
    }

    public Stage stageAt(Instant now) {
        if (now.isBefore(since)) {
            throw new IllegalArgumentException("the arrears began at " + since + ", after " + now);
        }
        if (now.isBefore(frozenFrom())) {
            return Stage.GRACE;
        }
        return now.isBefore(deletedAt()) ? Stage.FROZEN : Stage.DELETED;
    }

    /** Refuses any operation on a frozen (or deleted) resource (R-PCA-6). */
    public void requireOperable(Instant now) {
        Stage stage = stageAt(now);
        if (!stage.operable()) {
            throw DomainException.conflict(stage == Stage.FROZEN ? "frozen" : "deleted-for-arrears",
                    "the account has been in arrears since " + since + "; its private CAs and certificates are " + stage
                            + (stage == Stage.FROZEN ? " until the arrears are paid, and deleted at " + deletedAt() : ""));
        }
    }
}
