package org.prolotrack.procedure;

import java.util.Optional;
import java.util.UUID;

/**
 * A precondition of signing a procedure note owned by another module (e.g. a current consent that was not
 * withdrawn). Returns what is missing, or empty when satisfied.
 */
public interface NoteSigningGuard {

    Optional<String> missingFor(UUID patientId, UUID planId);

    /**
     * What is missing for this note (its injections and day-of-procedure check included); by default what
     * {@link #missingFor(UUID, UUID)} answers for its patient and series. A guard may answer several items.
     */
    default java.util.List<String> missingFor(ProcedureNoteView note) {
        return missingFor(note.patientId(), note.planId()).stream().toList();
    }
}
