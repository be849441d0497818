package org.prolotrack.procedure;

import java.util.Map;
import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** A signed (or voided) note cannot be edited: 409; corrections go in a signed addendum. */
public class NoteLockedException extends Refusal {

    public NoteLockedException(UUID noteId, ProcedureNoteView.Status status) {
        super(Kind.CONFLICT, "Note is locked", status == ProcedureNoteView.Status.SIGNED
                ? "This note is signed and can no longer be edited; add a signed addendum instead."
                : "This note is " + status.name().toLowerCase(java.util.Locale.ROOT) + " and can no longer be edited.",
                Map.of("noteId", noteId));
    }
}
