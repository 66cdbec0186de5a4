package com.cloudsub.web.security;

import com.cloudsub.application.operator.Operators;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Three filter chains:
 * <ul>
 *   <li>{@code /api/v1/**}: stateless OAuth2 resource server; an HS256 JWT whose {@code sub} is the account the call acts
 *   for (see {@code Caller}). Opening an account needs the console backend's scope {@code accounts:open}.</li>
 *   <li>{@code /admin/**}: operators only (role OPERATOR). People log in with a form (session, CSRF token on every
 *   change, htmx sends it as a header); API clients send HTTP Basic with a JSON content type on each call, which a
 *   browser cannot forge cross-site without a CORS preflight, so those calls need no CSRF token and get no session.</li>
 *   <li>everything else (health, OpenAPI document, webjars, error page): open, read-only.</li>
 * </ul>
 * Refusals are RFC 9457 problems (401 with {@code WWW-Authenticate}, 403).
 */
@Configuration
public class SecurityConfiguration {

    public static final String OPERATOR = "OPERATOR";
    public static final String OPEN_ACCOUNTS = "SCOPE_accounts:open";
    /** Crediting a balance: only the payment side, after the money arrived, holds a token with this scope. */
    public static final String CREDIT_PAYMENTS = "SCOPE_payments:credit";

    @Bean
    @Order(1)
    SecurityFilterChain consoleApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts").hasAuthority(OPEN_ACCOUNTS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts/me/top-ups").hasAuthority(CREDIT_PAYMENTS)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(ProblemResponses.unauthorized("Bearer"))
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain admin(HttpSecurity http) throws Exception {
        return http.securityMatcher("/admin/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/login").permitAll()
                        .anyRequest().hasRole(OPERATOR))
                .formLogin(f -> f.loginPage("/admin/login").defaultSuccessUrl("/admin", true).failureUrl("/admin/login?error"))
                .logout(l -> l.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .httpBasic(b -> b.authenticationEntryPoint(ProblemResponses.unauthorized("Basic realm=\"cloudsub-admin\"")))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::apiCall))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/admin/login"), browserPage())
                        .defaultAuthenticationEntryPointFor(ProblemResponses.unauthorized("Basic realm=\"cloudsub-admin\""),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * A stateless admin API call: an explicit Authorization header and a JSON content type. A page on another site can
     * make a browser send neither an Authorization header nor a JSON content type without a CORS preflight, which is
     * never granted, so such a call cannot be forged; wrong credentials on it still answer 401.
     */
    static boolean apiCall(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null || contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static RequestMatcher browserPage() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Operators from the database; a disabled operator cannot log in. */
    @Bean
    UserDetailsService operatorDetails(Operators operators) {
        return username -> operators.find(username)
                .map(o -> User.withUsername(o.username()).password(o.passwordHash()).disabled(!o.enabled()).roles(OPERATOR).build())
                .orElseThrow(() -> new UsernameNotFoundException("no operator " + username));
    }
}
