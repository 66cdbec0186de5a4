package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;

/** The identity of a private certificate. */
public record PrivateCertificateId(String value) {
    public PrivateCertificateId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw DomainException.invalid("privateCertificateId", "a private certificate id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
