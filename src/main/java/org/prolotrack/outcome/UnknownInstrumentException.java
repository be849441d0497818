package org.prolotrack.outcome;

import org.prolotrack.problem.Refusal;

/** No instrument with this code (404). */
public class UnknownInstrumentException extends Refusal {

    public UnknownInstrumentException(String code) {
        super(Kind.NOT_FOUND, "Unknown instrument",
                "No outcome instrument with code '" + code + "'. GET /api/instruments lists them.");
    }
}
