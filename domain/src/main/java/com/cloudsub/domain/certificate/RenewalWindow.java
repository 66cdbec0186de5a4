package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;

/**
 * When an SSL certificate can be renewed (R-SSL-5, R-SSL-6, R-SSL-9, A-46): a paid certificate bought here, issued,
 * not yet renewed, inside {@code [expiresAt − 30 × 24 h, expiresAt)}. Manual renewal and auto-renew use the same
 * window; auto-renew falls due when it opens. Arrears block only auto-renew, which cannot be paid; the certificate
 * itself keeps working.
 */
public final class RenewalWindow {

    public static final Duration LENGTH = Duration.ofDays(30);

    /** What the auto-renew job should do with a certificate now. */
    public enum AutoRenewal {
        /** Auto-renew is off, or the certificate cannot be renewed (not paid here, not issued, renewed, expired). */
        NOT_APPLICABLE,
        /** The window has not opened yet. */
        NOT_DUE,
        /** Buy the renewal now. */
        DUE,
        /** Due, but the account is in arrears: nothing is charged, the renewal fails with a notice (R-SSL-9). */
        BLOCKED_BY_ARREARS
    }

    private RenewalWindow() {
    }

    public static Instant opensAt(Instant expiresAt) {
        return expiresAt.minus(LENGTH);
    }

    public static boolean isOpen(SslCertificate certificate, Instant now) {
        try {
            requireOpen(certificate, now);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** Refuses a renewal with a stable code saying why. */
    public static void requireOpen(SslCertificate certificate, Instant now) {
        SslCertificateId id = certificate.id();
        if (certificate.source() != SslSource.PAID) {
            throw DomainException.refused("not-renewable", "sslCertificateId", "certificate " + id + " is "
                    + certificate.source() + "; only paid certificates bought here can be renewed (R-SSL-5)");
        }
        if (certificate.state() != SslState.ISSUED) {
            throw DomainException.conflict("not-issued", "certificate " + id + " is " + certificate.state()
                    + "; only ISSUED certificates can be renewed (R-SSL-5)");
        }
        if (certificate.renewedBy() != null) {
            throw DomainException.conflict("already-renewed", "certificate " + id + " was already renewed by "
                    + certificate.renewedBy());
        }
        Instant expiresAt = certificate.expiresAt();
        if (now.isBefore(opensAt(expiresAt))) {
            throw DomainException.refused("renewal-window-not-open", "sslCertificateId", "certificate " + id
                    + " can be renewed from " + opensAt(expiresAt) + ", 30 days before it expires (R-SSL-5)");
        }
        if (!now.isBefore(expiresAt)) {
            throw DomainException.refused("renewal-window-closed", "sslCertificateId", "certificate " + id
                    + " expired at " + expiresAt + "; buy a new certificate instead");
        }
    }

    public static AutoRenewal autoRenewal(SslCertificate certificate, Instant now, boolean accountInArrears) {
        if (!certificate.autoRenew() || certificate.source() != SslSource.PAID || certificate.state() != SslState.ISSUED
                || certificate.renewedBy() != null || !now.isBefore(certificate.expiresAt())) {
            return AutoRenewal.NOT_APPLICABLE;
        }
        if (now.isBefore(opensAt(certificate.expiresAt()))) {
            return AutoRenewal.NOT_DUE;
        }
        return accountInArrears ? AutoRenewal.BLOCKED_BY_ARREARS : AutoRenewal.DUE;
    }
}
