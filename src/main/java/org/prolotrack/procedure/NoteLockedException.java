package org.prolotrack.procedure;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A signed (or voided) note cannot be edited: 409; corrections go in a signed addendum. */
public class NoteLockedException extends ErrorResponseException {

    public NoteLockedException(UUID noteId, ProcedureNoteView.Status status) {
        super(HttpStatus.CONFLICT, problem(noteId, status), null);
    }

    private static ProblemDetail problem(UUID noteId, ProcedureNoteView.Status status) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, status == ProcedureNoteView.Status.SIGNED
                ? "This note is signed and can no longer be edited; add a signed addendum instead."
                : "This note is " + status.name().toLowerCase(java.util.Locale.ROOT) + " and can no longer be edited.");
        p.setTitle("Note is locked");
        p.setProperty("noteId", noteId);
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
