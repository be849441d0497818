package org.prolotrack.procedure;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;

/**
 * An injection row that cannot be recorded as entered (400); {@code fieldErrors} name the fields of the injection
 * form at fault (e.g. {@code laterality}). Nothing is saved.
 */
public class InjectionRefused extends FieldProblemException {

    public InjectionRefused(String field, String message) {
        super(Kind.INVALID, message, Map.of(field, message));
    }
}
