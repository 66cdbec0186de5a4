package com.cloudsub.web.shared;

import com.cloudsub.domain.account.AccountId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The account a console call acts for: the {@code sub} claim of the verified bearer token. Every /api/v1 call is
 * scoped to exactly that account; nothing in the request (header, path, body) can name another one.
 */
public final class Caller {

    private Caller() {
    }

    public static AccountId account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            // The /api/v1 filter chain admits only verified bearer tokens, so this is a wiring fault, not a caller's.
            throw new IllegalStateException("no verified bearer token on a console call");
        }
        return new AccountId(token.getName());
    }
}
