package org.prolotrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A registered EHR client for CDS Hooks tests: a locally generated RSA key (its public half is registered as the
 * client's inline JWK set), a FHIR server on a local port that is on the client's allow-list ({@code /fhir}) and
 * one that is not ({@code /elsewhere}), and a port nothing listens on (also allowed, to see connection errors).
 * Test classes register it with {@link #register(DynamicPropertyRegistry)} from a {@code @DynamicPropertySource}.
 */
public final class CdsHooksEhr {

    public static final String ISSUER = "https://ehr.test.prolotrack.org";

    private static final RSAKey KEY;
    private static final HttpServer SERVER;
    private static final int CLOSED_PORT;
    private static volatile HttpHandler fhir = exchange -> answer(exchange, 404, "{\"resourceType\":\"OperationOutcome\"}");
    private static final AtomicInteger ELSEWHERE_HITS = new AtomicInteger();

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("test-ehr-" + UUID.randomUUID()).generate();
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SERVER.createContext("/fhir/", exchange -> fhir.handle(exchange));
            SERVER.createContext("/elsewhere/", exchange -> {
                ELSEWHERE_HITS.incrementAndGet();
                answer(exchange, 200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}");
            });
            SERVER.start();
            try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                CLOSED_PORT = socket.getLocalPort();
            }
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CdsHooksEhr() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("prolotrack.cds-hooks.clients[0].issuer", () -> ISSUER);
        registry.add("prolotrack.cds-hooks.clients[0].jwks", () -> new JWKSet(KEY.toPublicJWK()).toString());
        registry.add("prolotrack.cds-hooks.clients[0].fhir-servers[0]", CdsHooksEhr::fhirServer);
        registry.add("prolotrack.cds-hooks.clients[0].fhir-servers[1]", CdsHooksEhr::closedFhirServer);
    }

    /** The allowed FHIR server; {@link #serve(HttpHandler)} sets what it answers. */
    public static String fhirServer() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/fhir";
    }

    /** A FHIR server on the same host and port that is not on the allow-list. */
    public static String offListFhirServer() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/elsewhere";
    }

    public static int offListHits() {
        return ELSEWHERE_HITS.get();
    }

    /** On the allow-list, but nothing listens there. */
    public static String closedFhirServer() {
        return "http://127.0.0.1:" + CLOSED_PORT + "/fhir";
    }

    public static void serve(HttpHandler handler) {
        fhir = handler;
    }

    public static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Signs the MockMvc request as the registered EHR would: aud is the service URL called, a fresh jti. */
    public static RequestPostProcessor signed() {
        return request -> {
            request.addHeader("Authorization", "Bearer " + jwt(request.getRequestURL().toString(), c -> { }));
            return request;
        };
    }

    /** A signed CDS Hooks JWT for the service at {@code audience}; {@code claims} may change any claim. */
    public static String jwt(String audience, Consumer<JWTClaimsSet.Builder> claims) {
        return jwt(KEY, audience, claims);
    }

    /** The same, signed with another key (not the client's). */
    public static String jwtSignedByAStranger(String audience) {
        try {
            return jwt(new RSAKeyGenerator(2048).keyID(KEY.getKeyID()).generate(), audience, c -> { });
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwt(RSAKey key, String audience, Consumer<JWTClaimsSet.Builder> claims) {
        var now = Instant.now();
        var builder = new JWTClaimsSet.Builder().issuer(ISSUER).subject("test-ehr-client").audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(240)))
                .jwtID(UUID.randomUUID().toString());
        claims.accept(builder);
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
