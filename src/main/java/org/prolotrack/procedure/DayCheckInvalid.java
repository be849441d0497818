package org.prolotrack.procedure;

import java.util.Map;

import org.prolotrack.problem.FieldProblemException;

/** The day-of-procedure check as entered is incomplete or out of range: 400 naming each field. */
public class DayCheckInvalid extends FieldProblemException {

    public DayCheckInvalid(Map<String, String> fieldErrors) {
        super(Kind.INVALID, "The day-of-procedure check is incomplete: " + String.join("; ", fieldErrors.values()),
                fieldErrors);
    }
}
