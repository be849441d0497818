package org.prolotrack.patient;

import java.util.Map;
import org.prolotrack.problem.Refusal;

/**
 * A patient entry ProloTrack refuses, naming the field at fault: invalid input (400) or a conflict with existing
 * data such as an MRN already used at the clinic (409). The problem body carries {@code errors: {field: message}}
 * like a bean-validation failure, so forms can show the message next to the field.
 */
public class PatientDataException extends Refusal {

    private final String field;

    private PatientDataException(Kind kind, String title, String field, String message) {
        super(kind, title, message, Map.of("errors", Map.of(field, message)));
        this.field = field;
    }

    public static PatientDataException invalid(String field, String message) {
        return new PatientDataException(Kind.INVALID, "Invalid request", field, message);
    }

    public static PatientDataException duplicateMrn(String mrn) {
        return new PatientDataException(Kind.CONFLICT, "Duplicate MRN", "mrn",
                "MRN " + mrn + " is already used by another patient of this clinic.");
    }

    /** The field at fault, as named in the request (e.g. {@code mrn}, {@code stopDate}). */
    public String field() {
        return field;
    }
}
