package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;

/** The identity of a private CA. */
public record PrivateCaId(String value) {
    public PrivateCaId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw DomainException.invalid("privateCaId", "a private CA id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
