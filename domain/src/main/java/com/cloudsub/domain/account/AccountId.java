package com.cloudsub.domain.account;

import com.cloudsub.domain.shared.DomainException;

/** An account's identity. */
public record AccountId(String value) {
    public AccountId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw DomainException.invalid("accountId", "an account id is 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
