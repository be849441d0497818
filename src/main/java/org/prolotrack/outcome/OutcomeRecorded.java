package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A questionnaire was answered and scored (by the patient through a link, or typed in from paper by staff). */
public record OutcomeRecorded(UUID responseId, UUID patientId, UUID clinicId, UUID planId, String instrumentCode,
                              Map<String, BigDecimal> scores, LocalDate collectedOn, String knowledgeVersion) { }
