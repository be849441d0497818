package org.prolotrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.CdsHooksEhrRegistered;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind a TLS-terminating proxy on the same host (X-Forwarded-Proto: https), and the headers every page carries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTlsTests extends CdsHooksEhrRegistered {

    @LocalServerPort int port;

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        var r = new HttpProbe(port).get("/patients", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "prolotrack.example.org");

        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
                assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h ->
                assertThat(h).contains("max-age="));
        assertThat(r.headers().firstValue("Location")).hasValue("https://prolotrack.example.org/login");
    }

    @Test
    void withoutTlsNoHstsIsSentAndTheCookieIsNotMarkedSecure() {
        var r = new HttpProbe(port).get("/patients");

        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void pagesSendAContentSecurityPolicyAReferrerPolicyAndAPermissionsPolicy() {
        var r = new HttpProbe(port).get("/login");

        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("script-src 'self'")
                        .contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(r.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()").contains("geolocation=()"));
    }

    @Test
    void personalLinkPagesSendNoReferrer() {
        var r = new HttpProbe(port).get("/q/s/" + "x".repeat(43));

        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().allValues("Referrer-Policy")).hasSize(1);
    }
}
