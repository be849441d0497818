package org.prolotrack.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Two chains: the API, FHIR and CDS Hooks answer machines (HTTP Basic, stateless, problem details);
 * the web UI signs people in with a form and keeps the session in the database.
 */
@Configuration
@EnableMethodSecurity
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt (adaptive), with the algorithm stored in the hash so it can be upgraded later; a successful check
        // is remembered for a few minutes so that HTTP Basic clients do not pay bcrypt on every request
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Clock.systemUTC());
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * Health for monitors and load balancers: liveness and readiness answer without sign-in (status only); an admin
     * signing in with HTTP Basic also sees the components. Nothing else of the actuator is exposed.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .headers(SecurityConfiguration::hardening)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) ->
                        ProblemResponses.write(res, 401, "Unauthorized", "Sign in with HTTP Basic credentials of an admin account.")))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) ->
                        ProblemResponses.write(res, 404, "Not found", "Only the health endpoints are served here.")));
        return http.build();
    }

    /**
     * CDS Hooks 2.0: discovery is open; a service call carries a JWT signed by a registered EHR client
     * ({@link CdsHooksAuthentication}), unless the off-by-default development mode is on.
     */
    @Bean
    @Order(0)
    SecurityFilterChain cdsHooksChain(HttpSecurity http, CdsHooksAuthentication authentication,
                                      CdsHooksClients clients) throws Exception {
        org.springframework.security.web.AuthenticationEntryPoint refuse = (req, res, ex) -> {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"ProloTrack CDS Hooks\"");
            ProblemResponses.write(res, 401, "Unauthorized",
                    ex instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
                            ? ex.getMessage()
                            : "Sign the call with a JWT of a registered EHR client (CDS Hooks 2.0); see prolotrack.cds-hooks.clients.");
        };
        http.securityMatcher("/cds-services", "/cds-services/**")
                .headers(SecurityConfiguration::hardening)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(org.springframework.http.HttpMethod.GET, "/cds-services").permitAll();
                    if (clients.developmentMode()) {
                        a.anyRequest().permitAll();
                    } else {
                        a.anyRequest().authenticated();
                    }
                })
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(authentication).authenticationEntryPoint(refuse))
                .exceptionHandling(e -> e.authenticationEntryPoint(refuse)
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, 403, "Forbidden",
                                "This EHR client may not call this service.")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
                .headers(SecurityConfiguration::hardening)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/openapi/**", "/api/public/**").permitAll()
                        .requestMatchers("/fhir/metadata").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) ->
                        problem(res, 401, "Unauthorized", "Sign in with HTTP Basic credentials of a ProloTrack account.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                problem(res, 401, "Unauthorized", "Sign in with HTTP Basic credentials of a ProloTrack account."))
                        .accessDeniedHandler((req, res, ex) ->
                                problem(res, 403, "Forbidden", "Your role may not do this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.headers(SecurityConfiguration::hardening)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/q/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
        return http.build();
    }

    /** CSP, Referrer-Policy and Permissions-Policy on top of Spring Security's defaults (HSTS only over HTTPS). */
    private static void hardening(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.addHeaderWriter(org.prolotrack.security.SecurityHeaders::addPolicies);
    }

    @Bean
    CurrentUsers currentUsers() {
        return () -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
                return Optional.of(p.user());
            }
            return Optional.<CurrentUser>empty();
        };
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail) throws IOException {
        res.setStatus(status);
        res.setContentType("application/problem+json");
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"ProloTrack\"");
        }
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

}
