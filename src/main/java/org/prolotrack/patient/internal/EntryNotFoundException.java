package org.prolotrack.patient.internal;

import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** The chart has no such entry (or it is voided, or already in the requested state). */
class EntryNotFoundException extends Refusal {

    EntryNotFoundException(String what, UUID id) {
        super(Kind.NOT_FOUND, "Entry not found", "This chart has no " + what + " " + id + ".");
    }
}
