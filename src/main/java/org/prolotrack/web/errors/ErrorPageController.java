package org.prolotrack.web.errors;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * /error, where the servlet container sends every error no controller answered: problem details for /api and
 * /cds-services, an OperationOutcome for /fhir, the styled page for everything else, whatever the Accept header.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        var status = status(request);
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var format = ErrorFormat.forPath(path);
        if (format == ErrorFormat.PAGE) {
            var page = new ModelAndView("error", Map.of("status", status, "timestamp", Instant.now().toString()));
            page.setStatus(HttpStatus.valueOf(status));
            return page;
        }
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(format.contentType()))
                .body(format.body(status));
    }

    private static int status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i && i >= 400 && i <= 599) {
            return i;
        }
        return 500;
    }
}
