package org.prolotrack.web.errors;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses (a ; or an encoded % or / in the path, ...) answer 400 in the format
 * of where they were going, with the security headers, instead of the framework's bare JSON.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.debug("Refused a request the firewall rejects: {}", e.getMessage());
        ErrorFormat.write(request, response, HttpServletResponse.SC_BAD_REQUEST, request.getRequestURI());
    }
}
