package org.prolotrack.patient;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A patient entry ProloTrack refuses, naming the field at fault: invalid input (400) or a conflict with existing
 * data such as an MRN already used at the clinic (409). The problem body carries {@code errors: {field: message}}
 * like a bean-validation failure, so forms can show the message next to the field.
 */
public class PatientDataException extends ErrorResponseException {

    private final String field;
    private final String message;

    private PatientDataException(HttpStatus status, String title, String field, String message) {
        super(status, problem(status, title, field, message), null);
        this.field = field;
        this.message = message;
    }

    public static PatientDataException invalid(String field, String message) {
        return new PatientDataException(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
    }

    public static PatientDataException duplicateMrn(String mrn) {
        return new PatientDataException(HttpStatus.CONFLICT, "Duplicate MRN", "mrn",
                "MRN " + mrn + " is already used by another patient of this clinic.");
    }

    /** The field at fault, as named in the request (e.g. {@code mrn}, {@code stopDate}). */
    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return message;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String field, String message) {
        var p = ProblemDetail.forStatusAndDetail(status, message);
        p.setTitle(title);
        p.setProperty("errors", Map.of(field, message));
        return p;
    }
}
