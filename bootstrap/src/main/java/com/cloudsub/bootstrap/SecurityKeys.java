package com.cloudsub.bootstrap;

import com.cloudsub.web.security.AccessTokens;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The signing key of console bearer tokens (HS256): {@code cloudsub.security.jwt-secret} (environment
 * {@code CLOUDSUB_SECURITY_JWT_SECRET}), at least 32 bytes. It never lives in the repository: without it the app
 * refuses to start, except in the demo profile, which generates a random one for this run.
 */
@Configuration
class SecurityKeys {

    private static final Logger log = LoggerFactory.getLogger(SecurityKeys.class);
    static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecretKey jwtKey(@Value("${cloudsub.security.jwt-secret:}") String secret, Environment environment) {
        if (secret.isBlank()) {
            if (!environment.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException("set cloudsub.security.jwt-secret (env CLOUDSUB_SECURITY_JWT_SECRET), "
                        + "at least " + MIN_SECRET_BYTES + " bytes: it signs the console API's bearer tokens");
            }
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.info("demo: generated a JWT secret for this run (set cloudsub.security.jwt-secret to keep one)");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("cloudsub.security.jwt-secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Verification is local and cheap: the signature and the expiry, no database read per call. */
    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey) {
        return NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    /** Demo tokens live 12 hours of real time (the simulation clock does not age them). */
    @Bean
    AccessTokens accessTokens(JwtEncoder jwtEncoder) {
        return new AccessTokens(jwtEncoder, Clock.systemUTC(), Duration.ofHours(12));
    }
}
