package com.cloudsub.domain.certificate;

import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * The 7-day unsubscribe of an SSL certificate (R-SSL-8, A-50, A-51): a certificate bought here (a purchase or a
 * renewal order) is refunded in full, vouchers excepted, while {@code now < paidAt + 7 × 24 h} and it is
 * PENDING_APPLICATION (never applied, or withdrawn) or REVOKED (the revocation then necessarily completed inside
 * the window). Paid 12-01 12:00 → refundable through 12-08 11:59:59, not at 12-08 12:00.
 */
public final class SslRefundPolicy {

    public static final Duration WINDOW = Duration.ofHours(7 * 24);

    private SslRefundPolicy() {
    }

    /** The first instant at which the certificate can no longer be refunded. */
    public static Instant deadline(Instant paidAt) {
        return paidAt.plus(WINDOW);
    }

    public static boolean refundable(SslCertificate certificate, Instant now) {
        try {
            requireRefundable(certificate, now);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** What is refunded: everything paid in cash and gift for the certificate's order, never the voucher. */
    public static Money refund(SslCertificate certificate, Payment payment, Instant now) {
        requireRefundable(certificate, now);
        return payment.paid().rounded();
    }

    public static void requireRefundable(SslCertificate certificate, Instant now) {
        SslCertificateId id = certificate.id();
        if (certificate.source() != SslSource.PAID) {
            throw DomainException.refused("not-refundable", "sslCertificateId", "certificate " + id + " is "
                    + certificate.source() + "; only certificates bought here can be refunded (R-SSL-8)");
        }
        if (!now.isBefore(deadline(certificate.paidAt()))) {
            throw DomainException.refused("refund-window-closed", "sslCertificateId", "certificate " + id
                    + " could be refunded until " + deadline(certificate.paidAt()) + ", 7 × 24 h after payment (R-SSL-8)");
        }
        SslState state = certificate.state();
        if (state != SslState.PENDING_APPLICATION && state != SslState.REVOKED) {
            throw DomainException.conflict("not-refundable-state", "certificate " + id + " is " + state
                    + "; only PENDING_APPLICATION or REVOKED certificates can be refunded (withdraw the application or revoke it first)");
        }
    }
}
