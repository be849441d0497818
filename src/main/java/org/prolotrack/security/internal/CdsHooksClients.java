package org.prolotrack.security.internal;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.prolotrack.security.CdsHooksCallers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The registered CDS Hooks EHR clients ({@link CdsHooksProperties}): one Nimbus JWT decoder per issuer, checking the
 * signature against that client's keys, iss, exp (required, at most {@code max-token-lifetime} ahead), nbf and a jti.
 * aud and replay are checked per request by {@link CdsHooksAuthentication}.
 */
@Component
class CdsHooksClients implements CdsHooksCallers {

    private static final Logger log = LoggerFactory.getLogger(CdsHooksClients.class);

    record Registered(CdsHooksProperties.Client client, JwtDecoder decoder, FhirServerAllowList fhirServers) { }

    private final CdsHooksProperties properties;
    private final Map<String, Registered> byIssuer;
    private final FhirServerAllowList developmentFhirServers;

    CdsHooksClients(CdsHooksProperties properties) {
        this.properties = properties;
        this.byIssuer = properties.clients().stream().map(this::register)
                .collect(Collectors.toUnmodifiableMap(r -> r.client().issuer(), Function.identity()));
        this.developmentFhirServers = new FhirServerAllowList(properties.developmentFhirServers());
        if (properties.developmentMode()) {
            log.warn("CDS Hooks development mode is ON: unsigned calls are answered (never run it so in production)");
        }
    }

    Optional<Registered> byIssuer(String issuer) {
        return Optional.ofNullable(issuer).map(byIssuer::get);
    }

    boolean developmentMode() {
        return properties.developmentMode();
    }

    java.time.Duration clockSkew() {
        return properties.clockSkew();
    }

    @Override
    public boolean mayReadFrom(String fhirServer) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return byIssuer(jwt.getToken().getClaimAsString(JwtClaimNames.ISS))
                    .map(r -> r.fhirServers().allows(fhirServer)).orElse(false);
        }
        return properties.developmentMode() && developmentFhirServers.allows(fhirServer);
    }

    private Registered register(CdsHooksProperties.Client c) {
        if (c.issuer() == null || c.issuer().isBlank()) {
            throw new IllegalStateException("prolotrack.cds-hooks.clients[]: every client needs an issuer");
        }
        boolean hasUrl = c.jwksUrl() != null && !c.jwksUrl().isBlank();
        boolean hasInline = c.jwks() != null && !c.jwks().isBlank();
        if (hasUrl == hasInline) {
            throw new IllegalStateException("CDS Hooks client " + c.issuer() + ": give either jwks-url or jwks");
        }
        NimbusJwtDecoder decoder;
        if (hasUrl) {
            decoder = NimbusJwtDecoder.withJwkSetUri(c.jwksUrl()).jwsAlgorithms(CdsHooksClients::algorithms).build();
        } else {
            try {
                decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(JWKSet.parse(c.jwks())))
                        .jwsAlgorithms(CdsHooksClients::algorithms).build();
            } catch (ParseException e) {
                throw new IllegalStateException("CDS Hooks client " + c.issuer() + ": jwks is not a JWK set", e);
            }
        }
        decoder.setJwtValidator(validator(c.issuer()));
        return new Registered(c, decoder, new FhirServerAllowList(c.fhirServers()));
    }

    private OAuth2TokenValidator<Jwt> validator(String issuer) {
        var skew = properties.clockSkew();
        var maxLifetime = properties.maxTokenLifetime();
        OAuth2TokenValidator<Jwt> lifetime = jwt -> jwt.getExpiresAt() != null
                && jwt.getExpiresAt().isAfter(Instant.now().plus(maxLifetime).plus(skew))
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "exp is more than " + maxLifetime.toMinutes() + " minutes ahead", null))
                : OAuth2TokenValidatorResult.success();
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(skew),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.JTI, j -> j != null && !j.isBlank() && j.length() <= 255),
                lifetime));
    }

    private static void algorithms(java.util.Set<SignatureAlgorithm> algs) {
        algs.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
                SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512));
    }
}
