package org.prolotrack.procedure;

import java.util.Optional;
import java.util.UUID;

/**
 * A precondition of signing a procedure note owned by another module (e.g. a current consent that was not
 * withdrawn). Returns what is missing, or empty when satisfied.
 */
public interface NoteSigningGuard {

    Optional<String> missingFor(UUID patientId, UUID planId);
}
