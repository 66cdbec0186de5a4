package com.cloudsub.domain.certificate;

import java.time.Instant;
import java.util.Objects;

/**
 * What a renewal certificate remembers of the certificate it renews (R-SSL-5..7): a renewal is a separate
 * certificate, bought through the manual entry or by auto-renew, whose spec may or may not be identical.
 */
public record SslRenewal(SslCertificateId originalId, Instant originalExpiresAt, Entry entry, boolean identicalSpec) {

    public enum Entry { MANUAL, AUTO }

    public SslRenewal {
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(originalExpiresAt, "originalExpiresAt");
        Objects.requireNonNull(entry, "entry");
    }
}
