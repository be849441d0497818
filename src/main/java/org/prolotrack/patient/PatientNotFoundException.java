package org.prolotrack.patient;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such patient, or not one the signed-in user may see: the two answer alike (404), so that a denied
 * read does not reveal whether the patient exists.
 */
public class PatientNotFoundException extends ErrorResponseException {

    public PatientNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No patient " + id + " that you may see.");
        p.setTitle("Patient not found");
        return p;
    }
}
