package org.prolotrack.fhir.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.prolotrack.problem.Refusal;
import org.springframework.web.ErrorResponseException;

/**
 * Turns the module APIs' exceptions into HAPI's, so that every error leaves as an OperationOutcome with the right
 * status: absent or forbidden patient 404, bad input 400, role not allowed 403. Anything else stays a 500.
 */
@Component
@Interceptor
class FhirExceptionTranslator {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        var cause = thrown;
        // HAPI wraps what a provider throws (InternalErrorException, InvocationTargetException): find the origin
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof java.lang.reflect.InvocationTargetException
                || cause instanceof ca.uhn.fhir.rest.server.exceptions.InternalErrorException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof BaseServerResponseException) && thrownWhileParsing(cause)) {
            // HAPI's parser fails on some shapes with a NullPointerException or ClassCastException (an entry's
            // resource null or not an object): that is malformed input, not our error
            return new InvalidRequestException("Malformed FHIR content: a resource or element has the wrong shape.");
        }
        return switch (cause) {
            case BaseServerResponseException e -> e;
            case AccessDeniedException e -> new ForbiddenOperationException("Your role may not do this.");
            case DataFormatException e -> new InvalidRequestException("Malformed FHIR content: " + e.getMessage());
            case IllegalArgumentException e -> new InvalidRequestException(e.getMessage());
            case Refusal e when e.kind() == Refusal.Kind.NOT_FOUND -> new ResourceNotFoundException(e.detail());
            case Refusal e when e.kind() == Refusal.Kind.FORBIDDEN -> new ForbiddenOperationException(e.detail());
            case Refusal e -> new InvalidRequestException(e.detail());
            case ErrorResponseException e when e.getStatusCode().value() == 404 ->
                    new ResourceNotFoundException(e.getBody().getDetail());
            case ErrorResponseException e when e.getStatusCode().is4xxClientError() ->
                    new InvalidRequestException(e.getBody().getDetail());
            default -> thrown instanceof BaseServerResponseException b ? b : null;
        };
    }

    /** True when the exception came out of HAPI's parser before any ProloTrack code ran on the request. */
    static boolean thrownWhileParsing(Throwable t) {
        for (var frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.prolotrack.")) {
                return false;
            }
            if (frame.getClassName().startsWith("ca.uhn.fhir.parser.")) {
                return true;
            }
        }
        return false;
    }
}
