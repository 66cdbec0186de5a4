package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * When an SSL certificate expires (R-SSL-2, R-SSL-7, A-47, A-48, E6).
 * <ul>
 *   <li>Validity starts at issuance, not payment, and runs whole calendar years in the billing zone:
 *   issued 2023-05-28 15:30:30 for 1 year → 2024-05-28 15:30:30 (366 days across 2024-02-29).</li>
 *   <li>A renewal adds the original's remaining validity to its term, to the second:
 *   {@code issue + term + max(0, originalExpiry − issue)}; a renewal issued after the original expired gets none.</li>
 *   <li>No carry-over for a DigiCert DV (basic) wildcard, nor for a manual renewal of a different spec, which runs
 *   one year (RULES.md over A-48; such a renewal can only be bought for one year, see
 *   {@link SslCertificate#renewManually}).</li>
 * </ul>
 */
public final class ValidityCarryOver {

    private ValidityCarryOver() {
    }

    public static Instant expiresAt(SslSpec spec, int years, Instant issuedAt, SslRenewal renewal, BillingCalendar calendar) {
        Instant termEnd = calendar.plusMonths(issuedAt, 12 * years);
        if (renewal == null || !carriesOver(spec, renewal)) {
            return termEnd;
        }
        Duration remaining = Duration.between(issuedAt, renewal.originalExpiresAt());
        return remaining.isNegative() ? termEnd : termEnd.plus(remaining);
    }

    /** Whether a renewal of this spec keeps the original's remaining validity (R-SSL-7 and its two exceptions). */
    public static boolean carriesOver(SslSpec spec, SslRenewal renewal) {
        if (spec.isDigiCertDvWildcard()) {
            return false;
        }
        return renewal.entry() != SslRenewal.Entry.MANUAL || renewal.identicalSpec();
    }
}
