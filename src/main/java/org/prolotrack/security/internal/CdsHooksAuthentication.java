package org.prolotrack.security.internal;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Authenticates a CDS Hooks call (CDS Hooks 2.0 "Trusting CDS Clients"): the bearer JWT's iss names a registered
 * client, its signature verifies with that client's keys, aud is the service URL called, exp is near, and its jti
 * was not seen before. Refusals name which check failed, never key material or internals.
 */
@Component
class CdsHooksAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    private static final Logger log = LoggerFactory.getLogger(CdsHooksAuthentication.class);

    private final CdsHooksClients clients;
    private final CdsHooksJtiLedger ledger;
    private final String publicUrl;

    CdsHooksAuthentication(CdsHooksClients clients, CdsHooksJtiLedger ledger,
                           @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.clients = clients;
        this.ledger = ledger;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        // the service URL as the client addressed it: behind a TLS proxy the forwarded headers make it https://...
        var audiences = List.of(request.getRequestURL().toString(), publicUrl + request.getRequestURI());
        return authentication -> authenticate((BearerTokenAuthenticationToken) authentication, audiences);
    }

    private Authentication authenticate(BearerTokenAuthenticationToken bearer, List<String> audiences) {
        String issuer;
        try {
            issuer = JWTParser.parse(bearer.getToken()).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("The bearer token is not a JWT.");
        }
        var client = clients.byIssuer(issuer).orElseThrow(() ->
                new InvalidBearerTokenException("The token's issuer (iss) is not a registered EHR client."));
        Jwt jwt;
        try {
            jwt = client.decoder().decode(bearer.getToken());
        } catch (JwtException e) {
            log.info("Refused a CDS Hooks token of {}: {}", issuer, e.getMessage());
            throw new InvalidBearerTokenException("The token's signature, exp, nbf or jti is not valid for client "
                    + issuer + ".");
        }
        if (jwt.getAudience() == null || jwt.getAudience().stream().noneMatch(audiences::contains)) {
            throw new InvalidBearerTokenException("The token's audience (aud) is not this CDS service's URL.");
        }
        if (!ledger.firstUse(issuer, jwt.getId(), jwt.getExpiresAt().plus(clients.clockSkew()))) {
            throw new InvalidBearerTokenException("This token was used before (its jti is spent); sign a new one.");
        }
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_CDS_CLIENT")), issuer);
    }
}
