package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;

/** The identity of an SSL certificate. */
public record SslCertificateId(String value) {
    public SslCertificateId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw DomainException.invalid("sslCertificateId", "an SSL certificate id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
