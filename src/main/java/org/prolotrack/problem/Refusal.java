package org.prolotrack.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a module refuses, said in the domain's words: what kind of refusal it is, a short title, what is wrong,
 * and named details (the fields at fault, what is missing, the alternatives). It carries no HTTP: the web layer maps
 * the kinds to statuses and RFC 9457 problem details in one place, the FHIR server to OperationOutcomes. Modules
 * extend it with types of their own, so that callers catch what they expect.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal: the caller decides what that means on its channel (a status, an outcome, a message). */
    public enum Kind {
        /** The request is malformed or a value is not allowed. */
        INVALID("Invalid request"),
        /** There is no such thing that this user may see. */
        NOT_FOUND("Not Found"),
        /** This user may not do this. */
        FORBIDDEN("Forbidden"),
        /** Not possible in the current state of the record (a transition, a taken slot, a duplicate). */
        CONFLICT("Conflict"),
        /** Well formed, but the content cannot be processed (too few answers to score). */
        UNPROCESSABLE("Unprocessable Content"),
        /** Not now: the work is busy; try again later. */
        BUSY("Too Many Requests");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The title of a refusal of this kind that has none of its own. */
        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String title;
    private final Map<String, Object> details;

    protected Refusal(Kind kind, String title, String detail, Map<String, ?> details) {
        super(detail);
        this.kind = kind;
        this.title = title == null ? kind.title() : title;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    protected Refusal(Kind kind, String title, String detail) {
        this(kind, title, detail, Map.of());
    }

    /** A refusal of that kind with its own title, when no module type says more. */
    public static Refusal of(Kind kind, String detail) {
        return new Refusal(kind, null, detail);
    }

    public static Refusal notFound(String detail) {
        return of(Kind.NOT_FOUND, detail);
    }

    public static Refusal forbidden(String detail) {
        return of(Kind.FORBIDDEN, detail);
    }

    public static Refusal conflict(String detail) {
        return of(Kind.CONFLICT, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** What is wrong, for the person who asked. */
    public String detail() {
        return super.getMessage();
    }

    /** Named details of the refusal, in order (a problem body's extra members). */
    public Map<String, Object> details() {
        return details;
    }
}
