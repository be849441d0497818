package org.prolotrack.consent;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;
import org.springframework.http.HttpStatus;

/** A consent action that cannot be done as asked; {@code fieldErrors} name the form fields at fault. */
public class ConsentException extends FieldProblemException {

    public ConsentException(HttpStatus status, String detail, Map<String, String> fieldErrors) {
        super(status, detail, fieldErrors);
    }

    public ConsentException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }
}
