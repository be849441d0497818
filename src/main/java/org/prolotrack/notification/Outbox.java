package org.prolotrack.notification;

import java.util.List;
import java.util.UUID;

/**
 * Queues e-mail in the caller's transaction: nothing is lost when the mail server is down, and nothing is
 * sent for a transaction that rolled back. A scheduled sender claims each message in the database, so that
 * with several instances every message is sent exactly once; failed sends are retried with back-off and
 * shown to staff after the last attempt.
 */
public interface Outbox {

    /** Queues the mail; returns its id, or the id of the earlier mail with the same dedup key. */
    UUID enqueue(OutgoingMail mail);

    enum State { PENDING, SENDING, SENT, FAILED }

    record Entry(UUID id, String dedupKey, String to, String subject, State state, int attempts, String lastError,
                 java.time.Instant createdAt, java.time.Instant sentAt, UUID patientId, UUID clinicId) { }

    /** Messages of a clinic that could not be sent (after every retry) or are still being retried. */
    List<Entry> problems(UUID clinicId);

    /** Sends what is due now (the scheduler calls this; tests may too). Returns how many were sent. */
    int sendDue();
}
