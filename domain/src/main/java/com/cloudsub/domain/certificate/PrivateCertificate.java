package com.cloudsub.domain.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate issued by a private CA (R-PCA-5): only an ACTIVE CA issues; billed per certificate per hour, accrued
 * per second, from issuance until it is revoked or deleted, whichever comes first. RULES.md decides this over A-57,
 * which would bill revoked certificates until deletion.
 */
public final class PrivateCertificate {

    public enum State { ISSUED, REVOKED, DELETED }

    private final PrivateCertificateId id;
    private final PrivateCaId caId;
    private final AccountId accountId;
    private State state;
    private final Instant issuedAt;
    private Instant revokedAt;
    private Instant deletedAt;
    private final long version;

    public PrivateCertificate(PrivateCertificateId id, PrivateCaId caId, AccountId accountId, State state, Instant issuedAt,
                              Instant revokedAt, Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caId = Objects.requireNonNull(caId, "caId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.state = Objects.requireNonNull(state, "state");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.revokedAt = revokedAt;
        this.deletedAt = deletedAt;
        this.version = version;
    }

    public static PrivateCertificate issue(PrivateCertificateId id, PrivateCa ca, Instant now) {
        ca.requireCanIssue();
        return new PrivateCertificate(id, ca.id(), ca.accountId(), State.ISSUED, now, null, null, 0);
    }

    /** Revoked through its CA, which must still revoke (ACTIVE or DISABLED, R-PCA-1); billing stops. */
    public void revoke(PrivateCa ca, Instant now) {
        if (!ca.id().equals(caId)) {
            throw new IllegalArgumentException("certificate " + id + " belongs to CA " + caId + ", not " + ca.id());
        }
        if (state != State.ISSUED) {
            throw DomainException.conflict("illegal-transition", "cannot revoke certificate " + id + ": it is " + state);
        }
        if (!ca.canRevokeCertificates()) {
            throw DomainException.conflict("ca-cannot-revoke", "CA " + caId + " is " + ca.state()
                    + "; only an ACTIVE or DISABLED CA revokes certificates");
        }
        state = State.REVOKED;
        revokedAt = now;
    }

    /** Deleting stops billing (if revocation has not already). */
    public void delete(Instant now) {
        if (state == State.DELETED) {
            throw DomainException.conflict("illegal-transition", "certificate " + id + " is already deleted");
        }
        state = State.DELETED;
        deletedAt = now;
    }

    /** When billing stopped: revocation or deletion, whichever came first; null while still billed. */
    public Instant billedUntil() {
        return revokedAt != null ? revokedAt : deletedAt;
    }

    public long billedSeconds(Instant from, Instant to) {
        Instant end = billedUntil() == null ? to : billedUntil();
        return CaBilling.overlapSeconds(issuedAt, end, from, to);
    }

    public UsageLine bill(Instant from, Instant to, Money hourlyPrice) {
        return UsageLine.of(from, to, billedSeconds(from, to), hourlyPrice, false);
    }

    public PrivateCertificateId id() { return id; }
    public PrivateCaId caId() { return caId; }
    public AccountId accountId() { return accountId; }
    public State state() { return state; }
    public Instant issuedAt() { return issuedAt; }
    public Instant revokedAt() { return revokedAt; }
    public Instant deletedAt() { return deletedAt; }
    public long version() { return version; }
}
