package org.prolotrack.problem;

import java.util.Map;

/**
 * A refusal that names the form fields at fault (a problem body carries them as {@code errors: {field: message}},
 * like a bean-validation failure; the pages show each message next to its field). Modules extend it with a type of
 * their own, so that callers catch what they expect.
 */
public class FieldProblemException extends Refusal {

    private final Map<String, String> fieldErrors;

    protected FieldProblemException(Kind kind, String detail, Map<String, String> fieldErrors) {
        super(kind, null, detail, fieldErrors.isEmpty() ? Map.of() : Map.of("errors", java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors))));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
