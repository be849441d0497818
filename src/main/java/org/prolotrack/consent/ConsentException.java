package org.prolotrack.consent;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;

/** A consent action that cannot be done as asked; {@code fieldErrors} name the form fields at fault. */
public class ConsentException extends FieldProblemException {

    public ConsentException(Kind status, String detail, Map<String, String> fieldErrors) {
        super(status, detail, fieldErrors);
    }

    public ConsentException(Kind status, String detail) {
        this(status, detail, Map.of());
    }
}
