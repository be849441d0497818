package org.prolotrack.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-hardening headers of every ProloTrack response: a Content-Security-Policy (scripts and styles from
 * ProloTrack only; no frames, plugins or foreign forms), a Referrer-Policy ({@code no-referrer} on personal-link
 * pages under /q/, whose address is the patient's key; {@code same-origin} elsewhere) and a Permissions-Policy that
 * turns off device features no page uses. The security filter chains add them; responses written before the chains
 * (requests Tomcat or the firewall refuse) use {@link #addAll}.
 */
public final class SecurityHeaders {

    /** htmx adds its indicator styles inline and a few templates use style attributes, hence 'unsafe-inline' for styles only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    public static String referrerPolicy(String requestUri) {
        return requestUri != null && (requestUri.startsWith("/q/") || requestUri.equals("/q")) ? "no-referrer" : "same-origin";
    }

    /** The three policies (the chains' own writers add nosniff, frame options, cache control and HSTS). */
    public static void addPolicies(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", referrerPolicy(request.getRequestURI()));
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    /** Everything the chains would have sent, for a response written outside them. */
    public static void addAll(HttpServletRequest request, HttpServletResponse response) {
        addPolicies(request, response);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
