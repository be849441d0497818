package org.prolotrack.patient;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The user may see this patient but not change the record (a patient account reads its own record only). */
public class PatientChangeForbiddenException extends ErrorResponseException {

    public PatientChangeForbiddenException() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role may read this record but not change it; ask the clinic to update it.");
        p.setTitle("Forbidden");
        return p;
    }
}
