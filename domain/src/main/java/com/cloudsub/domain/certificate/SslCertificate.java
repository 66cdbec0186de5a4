package com.cloudsub.domain.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An SSL certificate, paid once (R-SSL-1), and its lifecycle (R-SSL-3). {@link #TRANSITIONS} decides which
 * actions a state allows; anything else is a conflict (409) naming the state and what it allows. Validity starts
 * at issuance (R-SSL-2); a renewal is a separate certificate that may carry the original's remaining validity
 * over (R-SSL-7).
 */
public final class SslCertificate {

    /** The lifecycle table (R-SSL-3): the actions each state allows. */
    static final Map<SslState, Set<SslAction>> TRANSITIONS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            SslState.PENDING_APPLICATION, EnumSet.of(SslAction.APPLY, SslAction.REFUND),
            SslState.VALIDATING, EnumSet.of(SslAction.WITHDRAW, SslAction.ISSUE),
            SslState.ISSUED, EnumSet.of(SslAction.EXPIRE, SslAction.REVOKE),
            SslState.EXPIRED, EnumSet.noneOf(SslAction.class),
            SslState.REVOKED, EnumSet.of(SslAction.REFUND),
            SslState.REFUNDED, EnumSet.noneOf(SslAction.class))));

    private final SslCertificateId id;
    private final AccountId accountId;
    private final SslSpec spec;
    private final int years;
    private final SslSource source;
    private SslState state;
    private final Instant paidAt;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private boolean autoRenew;
    private final SslRenewal renewalOf;
    private SslCertificateId renewedBy;
    private final long version;

    /** Rebuilds a stored certificate as it is; new certificates come from the factories below. */
    public SslCertificate(SslCertificateId id, AccountId accountId, SslSpec spec, int years, SslSource source,
                          SslState state, Instant paidAt, Instant issuedAt, Instant expiresAt, Instant revokedAt,
                          boolean autoRenew, SslRenewal renewalOf, SslCertificateId renewedBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.years = years;
        this.source = Objects.requireNonNull(source, "source");
        this.state = Objects.requireNonNull(state, "state");
        this.paidAt = paidAt;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.autoRenew = autoRenew;
        this.renewalOf = renewalOf;
        this.renewedBy = renewedBy;
        this.version = version;
    }

    /** A certificate bought and paid at {@code paidAt}: pending application, validity not started (R-SSL-1, R-SSL-2). */
    public static SslCertificate purchase(SslCertificateId id, AccountId accountId, SslSpec spec, int years,
                                          boolean autoRenew, Instant paidAt) {
        return new SslCertificate(id, accountId, spec, requireYears(years), SslSource.PAID, SslState.PENDING_APPLICATION,
                Objects.requireNonNull(paidAt, "paidAt"), null, null, null, autoRenew, null, null, 0);
    }

    /**
     * A free DV (basic) single-domain certificate for one year, taken from the account's quota at {@code now}
     * (R-SSL-4); {@code paidAt} records when it was ordered.
     */
    public static SslCertificate free(SslCertificateId id, AccountId accountId, SslSpec spec, FreeCertificateQuota quota,
                                      Instant now) {
        if (!spec.isFreeDv()) {
            throw DomainException.invalid("specCode", "free certificates are DV (basic) for one single domain");
        }
        quota.requireAvailable();
        return new SslCertificate(id, accountId, spec, 1, SslSource.FREE, SslState.PENDING_APPLICATION,
                Objects.requireNonNull(now, "now"), null, null, null, false, null, null, 0);
    }

    /** A certificate issued elsewhere and uploaded: issued, never paid here, no purchased term (years 0). */
    public static SslCertificate uploaded(SslCertificateId id, AccountId accountId, SslSpec spec, Instant notBefore,
                                          Instant notAfter) {
        if (!notAfter.isAfter(notBefore)) {
            throw DomainException.invalid("notAfter", "an uploaded certificate must expire after it starts");
        }
        return new SslCertificate(id, accountId, spec, 0, SslSource.UPLOADED, SslState.ISSUED, null, notBefore, notAfter,
                null, false, null, null, 0);
    }

    /**
     * Buys a renewal through the manual entry while the window is open (R-SSL-5); a spec that is not identical
     * gets one year and no carry-over (R-SSL-7), so it is bought for one year. The renewal starts as a new, pending
     * certificate (CCM-L-12).
     */
    public SslCertificate renewManually(SslCertificateId renewalId, SslSpec renewalSpec, int renewalYears, Instant now) {
        requireYears(renewalYears);
        if (!renewalSpec.identicalTo(spec) && renewalYears != 1) {
            throw DomainException.invalid("years", "a renewal of a different spec is valid for one year (R-SSL-7); buy it for 1 year");
        }
        return renew(renewalId, renewalSpec, renewalYears, SslRenewal.Entry.MANUAL, false, now);
    }

    /** Auto-renew buys an identical certificate for the same term inside the window (R-SSL-6); it keeps auto-renew on. */
    public SslCertificate renewAutomatically(SslCertificateId renewalId, Instant now) {
        if (!autoRenew) {
            throw DomainException.conflict("auto-renew-off", "certificate " + id + " does not renew automatically");
        }
        return renew(renewalId, spec, years, SslRenewal.Entry.AUTO, true, now);
    }

    private SslCertificate renew(SslCertificateId renewalId, SslSpec renewalSpec, int renewalYears, SslRenewal.Entry entry,
                                 boolean renewalAutoRenew, Instant now) {
        RenewalWindow.requireOpen(this, now);
        SslRenewal renewal = new SslRenewal(id, expiresAt, entry, renewalSpec.identicalTo(spec));
        renewedBy = renewalId;
        return new SslCertificate(renewalId, accountId, renewalSpec, renewalYears, SslSource.PAID,
                SslState.PENDING_APPLICATION, now, null, null, null, renewalAutoRenew, renewal, null, 0);
    }

    /** The actions the current state allows (R-SSL-3); only a certificate bought here can be refunded (R-SSL-8). */
    public Set<SslAction> allowedActions() {
        Set<SslAction> allowed = EnumSet.noneOf(SslAction.class);
        allowed.addAll(TRANSITIONS.get(state));
        if (source != SslSource.PAID) {
            allowed.remove(SslAction.REFUND);
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * Unsubscribes: within 7 × 24 h of payment, PENDING_APPLICATION or REVOKED (R-SSL-8). The certificate is deleted
     * for good; what is paid back is {@link SslRefundPolicy#refund}.
     */
    public void refund(Instant now) {
        SslRefundPolicy.requireRefundable(this, now);
        move(SslAction.REFUND);
    }

    /** Submits the application: domain (and organisation) validation starts. */
    public void apply() {
        move(SslAction.APPLY);
    }

    /** Withdraws the application before issuance; it may be submitted again. */
    public void withdraw() {
        move(SslAction.WITHDRAW);
    }

    /** The CA issued the certificate at {@code now}: validity starts now (R-SSL-2), plus any carry-over (R-SSL-7). */
    public void issue(Instant now, BillingCalendar calendar) {
        require(SslAction.ISSUE);
        issuedAt = now;
        expiresAt = ValidityCarryOver.expiresAt(spec, years, now, renewalOf, calendar);
        state = SslState.ISSUED;
    }

    public void expire(Instant now) {
        require(SslAction.EXPIRE);
        if (now.isBefore(expiresAt)) {
            throw DomainException.conflict("not-due", "certificate " + id + " is valid until " + expiresAt);
        }
        state = SslState.EXPIRED;
    }

    /** The revocation process completed at {@code now}. */
    public void revoke(Instant now) {
        require(SslAction.REVOKE);
        revokedAt = now;
        state = SslState.REVOKED;
    }

    /** Only certificates bought here can renew automatically (R-SSL-5, R-SSL-6). */
    public void setAutoRenew(boolean on) {
        if (source != SslSource.PAID) {
            throw DomainException.refused("not-renewable", "autoRenew",
                    source + " certificates cannot be renewed; only certificates bought here can (R-SSL-5)");
        }
        if (state == SslState.EXPIRED || state == SslState.REVOKED || state == SslState.REFUNDED) {
            throw DomainException.conflict("illegal-transition", "certificate " + id + " is " + state + "; it cannot be renewed");
        }
        autoRenew = on;
    }

    private void move(SslAction action) {
        require(action);
        state = action.target();
    }

    /** Refuses an action the current state does not allow: a 409 whose details name the state and the allowed actions. */
    private void require(SslAction action) {
        if (!allowedActions().contains(action)) {
            throw DomainException.conflict("illegal-transition", "cannot " + action + " certificate " + id + ": it is "
                    + state + "; allowed actions: " + allowedActions(),
                    Map.of("state", state.name(), "allowedActions", allowedActions().stream().map(Enum::name).toList()));
        }
    }

    private static int requireYears(int years) {
        if (years < 1 || years > 3) {
            throw DomainException.invalid("years", "a certificate is bought for 1, 2 or 3 years");
        }
        return years;
    }

    public SslCertificateId id() { return id; }
    public AccountId accountId() { return accountId; }
    public SslSpec spec() { return spec; }
    public int years() { return years; }
    public SslSource source() { return source; }
    public SslState state() { return state; }
    public Instant paidAt() { return paidAt; }
    public Instant issuedAt() { return issuedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public boolean autoRenew() { return autoRenew; }
    /** The certificate this one renews, or null. */
    public SslRenewal renewalOf() { return renewalOf; }
    /** The renewal bought for this certificate, or null. */
    public SslCertificateId renewedBy() { return renewedBy; }
    public long version() { return version; }
}
