package org.prolotrack.procedure;

import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** No such note, or not one the user may see: 404. */
public class NoteNotFoundException extends Refusal {

    public NoteNotFoundException(UUID id) {
        super(Kind.NOT_FOUND, "Note not found", "No procedure note " + id + " that you may see.");
    }
}
