package org.prolotrack.procedure;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;

/** An anesthetic dose that cannot be recorded as entered (400), each field at fault with its message. */
public class AnestheticDoseRefused extends FieldProblemException {

    public AnestheticDoseRefused(Map<String, String> fieldErrors) {
        super(Kind.INVALID, "The anesthetic dose cannot be recorded: " + String.join(" ", fieldErrors.values()),
                fieldErrors);
    }
}
