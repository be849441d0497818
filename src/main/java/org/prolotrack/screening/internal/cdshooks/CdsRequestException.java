package org.prolotrack.screening.internal.cdshooks;

import org.springframework.http.HttpStatus;

/** A CDS Hooks request the service cannot answer: 400 (malformed) or 412 (FHIR data unobtainable). */
class CdsRequestException extends RuntimeException {

    private final HttpStatus status;

    CdsRequestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static CdsRequestException malformed(String message) {
        return new CdsRequestException(HttpStatus.BAD_REQUEST, message);
    }

    HttpStatus status() {
        return status;
    }
}
