package com.cloudsub.bootstrap;

import com.cloudsub.application.operator.Operators;
import com.cloudsub.web.security.AccessTokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the operator {@code admin} with the password from {@code cloudsub.security.admin-password}
 * (env {@code CLOUDSUB_SECURITY_ADMIN_PASSWORD}) or a random one, printed at start-up with bearer tokens for the demo
 * accounts and the console backend, so the API can be tried at once.
 */
@Component
@Profile("demo")
class DemoAccess implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccess.class);
    static final List<String> DEMO_ACCOUNTS = List.of("acc-demo-acme", "acc-demo-globex", "acc-demo-initech");

    private final Operators operators;
    private final PasswordEncoder encoder;
    private final AccessTokens tokens;
    private final String configuredPassword;

    DemoAccess(Operators operators, PasswordEncoder encoder, AccessTokens tokens,
               @Value("${cloudsub.security.admin-password:}") String configuredPassword) {
        this.operators = operators;
        this.encoder = encoder;
        this.tokens = tokens;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        operators.save(new Operators.Operator("admin", encoder.encode(password), true, Clock.systemUTC().instant()));
        StringBuilder banner = new StringBuilder("\n=== CloudSub demo access ===\n");
        banner.append("operator: admin / ").append(generated ? password : "(the configured cloudsub.security.admin-password)")
                .append("  -> http://localhost:<port>/admin\n");
        banner.append("console backend (may open accounts): Authorization: Bearer ")
                .append(tokens.forConsoleBackend().value()).append('\n');
        for (String account : DEMO_ACCOUNTS) {
            banner.append(account).append(": Authorization: Bearer ").append(tokens.forAccount(account).value()).append('\n');
        }
        banner.append("tokens last 12 hours; an operator mints more at POST /admin/demo/tokens {\"account\":\"...\"}, and a top-up (payment side) token with \"payments\":true");
        log.info(banner.toString());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
