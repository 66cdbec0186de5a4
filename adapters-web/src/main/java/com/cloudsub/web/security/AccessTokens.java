package com.cloudsub.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the HS256 bearer tokens the console API accepts, signed with the configured secret. In production the
 * console backend issues them itself with the same secret; CloudSub mints them only for the demo. Tokens live in
 * real time (the clock given here), not in the simulation's platform time, so moving that clock logs nobody out.
 */
public class AccessTokens {

    public record Token(String value, Instant expiresAt) {
    }

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration lifetime;

    public AccessTokens(JwtEncoder encoder, Clock clock, Duration lifetime) {
        this.encoder = encoder;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token acting for one account: {@code sub} = the account id. */
    public Token forAccount(String accountId) {
        return mint(accountId, List.of());
    }

    /** The payment side's token for one account: may credit its balance (a top-up after the money arrived). */
    public Token forPayments(String accountId) {
        return mint(accountId, List.of("payments:credit"));
    }

    /** The console backend's token: may open accounts, acts for no account. */
    public Token forConsoleBackend() {
        return mint("console-backend", List.of("accounts:open"));
    }

    private Token mint(String subject, List<String> scopes) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("cloudsub").subject(subject).issuedAt(now)
                .expiresAt(now.plus(lifetime));
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        String value = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new Token(value, now.plus(lifetime));
    }
}
