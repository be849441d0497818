package org.prolotrack.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal links: an unguessable, expiring token that lets a patient do one thing (fill a questionnaire,
 * report symptoms, sign a consent) without an account. Only a hash of the token is stored.
 */
public interface PersonalLinks {

    /**
     * @param purpose   what the link is for, e.g. "questionnaire", "check-in", "consent"
     * @param subjectId the thing it opens (a questionnaire assignment, a check-in, a consent request)
     * @return the token to put in the link (shown once; not recoverable). Any earlier link for the same purpose and
     *         subject is closed: only the newest link sent works.
     */
    String issue(UUID patientId, String purpose, UUID subjectId, Duration validFor);

    record PersonalLink(UUID patientId, String purpose, UUID subjectId, Instant expiresAt, Instant usedAt) { }

    /** The link, if the token exists, is for this purpose and has not expired. */
    Optional<PersonalLink> resolve(String token, String purpose);

    /** Marks the link used (it stays resolvable until it expires unless {@code close} is called). */
    void markUsed(String token);

    /** Ends the link now. */
    void close(String token);
}
