package org.prolotrack.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that cannot be done as asked: the status, what is wrong, and the form fields at fault (the problem body
 * carries them as {@code errors: {field: message}}, like a bean-validation failure). Modules extend it with a type
 * of their own, so that callers catch what they expect.
 */
public class FieldProblemException extends ErrorResponseException {

    private final Map<String, String> fieldErrors;

    protected FieldProblemException(HttpStatus status, String detail, Map<String, String> fieldErrors) {
        super(status, problem(status, detail, fieldErrors), null);
        this.fieldErrors = Map.copyOf(fieldErrors);
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
