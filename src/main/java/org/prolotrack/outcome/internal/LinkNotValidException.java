package org.prolotrack.outcome.internal;

import org.prolotrack.problem.Refusal;

/** The personal link is unknown, expired or closed (404, saying nothing more). */
class LinkNotValidException extends Refusal {
    LinkNotValidException() {
        super(Kind.NOT_FOUND, "Not Found", "This link is not valid (any more).");
    }
}
