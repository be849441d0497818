package org.prolotrack.outcome;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No instrument with this code (404). */
public class UnknownInstrumentException extends ErrorResponseException {

    public UnknownInstrumentException(String code) {
        super(HttpStatus.NOT_FOUND, problem(code), null);
    }

    private static ProblemDetail problem(String code) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No outcome instrument with code '" + code + "'. GET /api/instruments lists them.");
        p.setTitle("Unknown instrument");
        return p;
    }
}
