package org.prolotrack.procedure;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A note may not be signed yet: 409 naming everything that is missing or over a limit. */
public class NoteSigningRefused extends ErrorResponseException {

    private final List<String> missing;

    public NoteSigningRefused(UUID noteId, List<String> missing) {
        super(HttpStatus.CONFLICT, problem(noteId, missing), null);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    private static ProblemDetail problem(UUID noteId, List<String> missing) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The note cannot be signed yet: " + String.join("; ", missing));
        p.setTitle("Note not ready to sign");
        p.setProperty("noteId", noteId);
        p.setProperty("missing", missing);
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
