package org.prolotrack.knowledge;

/** A knowledge file is missing or malformed; ProloTrack refuses to start on broken knowledge. */
public class KnowledgeException extends RuntimeException {

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
