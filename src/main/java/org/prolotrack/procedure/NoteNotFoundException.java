package org.prolotrack.procedure;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such note, or not one the user may see: 404. */
public class NoteNotFoundException extends ErrorResponseException {

    public NoteNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No procedure note " + id + " that you may see.");
        p.setTitle("Note not found");
        return p;
    }
}
