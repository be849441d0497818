package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Change from baseline on the plan's main instrument, and what it suggests against the plan's stop rules.
 * Advice only: the clinician decides, and both are kept.
 *
 * @param thresholdMet whether the instrument's threshold (MCID or responder anchor) is reached; null
 *                     when the instrument has no verified threshold
 * @param instrumentJudgements every instrument's judgement at the time of the review, one line each (null on
 *                     reviews recorded before these were kept)
 */
public record ResponderAnalysis(UUID reviewId, UUID planId, UUID patientId, String instrumentCode, String scale,
                                BigDecimal baseline, BigDecimal latest, BigDecimal change, BigDecimal percentImprovement,
                                Boolean thresholdMet, String threshold, int sessionsDone, Advice advice,
                                String adviceReason, String instrumentJudgements, Decision decision, String decisionNote, String decidedBy,
                                Instant decidedAt, Instant createdAt) {

    public enum Advice { SUGGEST_COMPLETE, SUGGEST_STOP_NON_RESPONDER, REVIEW_WORSENING, CONTINUE, NOT_ENOUGH_DATA }

    public enum Decision { CONTINUE, COMPLETE, STOP_NON_RESPONDER, REVIEW_LATER }
}
