package org.prolotrack.patient.internal;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The chart has no such entry (or it is voided, or already in the requested state). */
class EntryNotFoundException extends ErrorResponseException {

    EntryNotFoundException(String what, UUID id) {
        super(HttpStatus.NOT_FOUND, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, UUID id) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "This chart has no " + what + " " + id + ".");
        p.setTitle("Entry not found");
        return p;
    }
}
