package org.prolotrack.procedure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change the note's status does not allow (e.g. an addendum to a draft): 409. */
public class IllegalNoteTransition extends ErrorResponseException {

    public IllegalNoteTransition(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setTitle("Not allowed in this status");
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
