package org.prolotrack.outcome.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The personal link is unknown, expired or closed (404, saying nothing more). */
class LinkNotValidException extends ErrorResponseException {
    LinkNotValidException() {
        super(HttpStatus.NOT_FOUND);
    }
}
