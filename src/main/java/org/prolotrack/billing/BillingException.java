package org.prolotrack.billing;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A billing request that cannot be done as asked; {@code fieldErrors} name the form fields at fault. */
public class BillingException extends ErrorResponseException {

    private final Map<String, String> fieldErrors;

    public BillingException(HttpStatus status, String detail, Map<String, String> fieldErrors) {
        super(status, problem(status, detail, fieldErrors), null);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public BillingException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, Map<String, String> errors) {
        var p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase());
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return p;
    }
}
