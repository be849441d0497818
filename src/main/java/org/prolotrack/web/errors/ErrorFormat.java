package org.prolotrack.web.errors;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prolotrack.security.SecurityHeaders;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which format an error answers in, by where the request went: RFC 9457 problem details under /api and
 * /cds-services, a FHIR OperationOutcome under /fhir, the styled error page everywhere else. The texts name the
 * status only; they never echo the request or an exception.
 */
enum ErrorFormat {

    PROBLEM_JSON, OPERATION_OUTCOME, PAGE;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ErrorFormat forPath(String path) {
        var p = path == null ? "" : path;
        if (p.equals("/fhir") || p.startsWith("/fhir/") || p.startsWith("/fhir;") || p.startsWith("/fhir?")) {
            return OPERATION_OUTCOME;
        }
        if (p.startsWith("/api/") || p.equals("/api") || p.startsWith("/cds-services")) {
            return PROBLEM_JSON;
        }
        return PAGE;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request too large";
            case 414 -> "Address too long";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (its address, parameters or body); nothing was changed.";
            case 404 -> "There is nothing at this address that you may see.";
            case 405 -> "This address does not answer that HTTP method.";
            case 413, 414 -> "The request is larger than ProloTrack accepts.";
            default -> status >= 500 ? "Something went wrong on our side; nothing was half-saved. The error was logged."
                    : title(status) + ".";
        };
    }

    String contentType() {
        return switch (this) {
            case PROBLEM_JSON -> "application/problem+json";
            case OPERATION_OUTCOME -> "application/fhir+json;charset=UTF-8";
            case PAGE -> "text/html;charset=UTF-8";
        };
    }

    String body(int status) {
        return switch (this) {
            case PROBLEM_JSON -> {
                var p = new LinkedHashMap<String, Object>();
                p.put("type", "about:blank");
                p.put("title", title(status));
                p.put("status", status);
                p.put("detail", detail(status));
                yield JSON.writeValueAsString(p);
            }
            case OPERATION_OUTCOME -> JSON.writeValueAsString(Map.of("resourceType", "OperationOutcome",
                    "issue", List.of(Map.of("severity", "error", "code", issueCode(status), "diagnostics", detail(status)))));
            case PAGE -> page(status);
        };
    }

    private static String issueCode(int status) {
        return switch (status) {
            case 401 -> "login";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405, 415 -> "not-supported";
            case 413, 414 -> "too-costly";
            default -> status >= 500 ? "exception" : "invalid";
        };
    }

    /** The same page as templates/error.html, for answers written before Spring MVC (no template engine there). */
    private static String page(int status) {
        var title = HtmlUtils.htmlEscape(title(status));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · ProloTrack</title><link rel=\"stylesheet\" href=\"/css/prolotrack.css\"></head>"
                + "<body><nav class=\"topnav\"><a class=\"brand\" href=\"/\">ProloTrack</a></nav><main><section class=\"card\">"
                + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail(status)) + "</p>"
                + "<p><a href=\"/\">Back to ProloTrack</a></p></section></main></body></html>";
    }

    /** Writes the whole answer, with the security headers, for a request no filter chain has seen. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String path) throws IOException {
        var format = forPath(path);
        response.setStatus(status);
        SecurityHeaders.addAll(request, response);
        response.setContentType(format.contentType());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(format.body(status));
        response.flushBuffer();
    }
}
