package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stored response with its scores (and the reasons for any scale left unscored). */
public record RecordedOutcome(UUID id, UUID patientId, UUID planId, UUID collectionId, String instrumentCode,
                              List<Integer> answers, Map<String, BigDecimal> scores, Map<String, String> unscored,
                              LocalDate collectedOn, Source source, String knowledgeVersion, String recordedBy) {

    public enum Source { PATIENT_LINK, PAPER, PORTAL }
}
