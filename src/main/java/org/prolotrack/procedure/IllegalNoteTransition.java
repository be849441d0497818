package org.prolotrack.procedure;

import org.prolotrack.problem.Refusal;

/** A change the note's status does not allow (e.g. an addendum to a draft): 409. */
public class IllegalNoteTransition extends Refusal {

    public IllegalNoteTransition(String detail) {
        super(Kind.CONFLICT, "Not allowed in this status", detail);
    }
}
