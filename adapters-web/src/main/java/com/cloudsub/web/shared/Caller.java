package com.cloudsub.web.shared;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;

/**
 * The account a console call acts for. Until authentication lands (issue 6), the console backend names it
 * in the {@code X-Account-Id} header; every /api/v1 call is scoped to exactly that account.
 */
public final class Caller {

    public static final String HEADER = "X-Account-Id";

    private Caller() {
    }

    public static AccountId of(String header) {
        if (header == null || header.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "missing-caller", HEADER,
                    "every /api/v1 call names its account in the " + HEADER + " header");
        }
        return new AccountId(header);
    }
}
