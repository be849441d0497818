package org.prolotrack.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Responses, scores and collection schedules. Every method that names a patient checks the signed-in user's
 * access (and audits it); the link methods act for the patient holding the token.
 */
public interface OutcomeRecords {

    /** Staff typing in a paper form (or a clinician asking in the room). */
    RecordedOutcome recordPaper(UUID patientId, UUID planId, UUID collectionId, String instrumentCode,
                                List<Integer> answers, LocalDate collectedOn);

    List<RecordedOutcome> history(UUID patientId);

    /** One stored response by its id (voided ones are absent); checks access to its patient. */
    Optional<RecordedOutcome> find(UUID responseId);

    List<Collection> collections(UUID patientId);

    /** The sessions that took place, to mark on charts. */
    List<SessionMark> sessions(UUID patientId);

    /** Open collections of a clinic that are due on or before the day (overdue ones included). */
    List<Collection> due(UUID clinicId, LocalDate day);

    /** Open collections of a clinic past their window. */
    List<Collection> overdue(UUID clinicId, LocalDate day);

    /** Issues a personal link for the collection now (e.g. to hand over in the clinic); the token is shown once. */
    String issueLink(UUID collectionId);

    /** What a personal link opens: the collection and its instruments, if the token is valid. */
    Optional<Collection> openByLink(String token);

    /**
     * Stores the patient's answers, one list per instrument code in item order (null = unanswered). Every
     * instrument's answers are kept even when too incomplete to score.
     */
    List<RecordedOutcome> submitByLink(String token, Map<String, List<Integer>> answersByInstrument);
}
