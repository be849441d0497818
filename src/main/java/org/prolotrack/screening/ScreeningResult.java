package org.prolotrack.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored screening: what was planned, the engine's outcome with the knowledge version, whether it is stale (the
 * patient's facts changed since), and the clinician's decision if one was recorded.
 */
public record ScreeningResult(UUID id, UUID patientId, Instant createdAt, String createdBy, PlannedCourse plannedCourse,
                              Verdict verdict, String knowledgeVersion, List<Finding> findings,
                              List<IndicationMatch> indications, boolean stale, Instant staleSince, String staleReason,
                              Decision decision, String decisionReason, Instant decidedAt, String decidedBy) {

    public boolean decided() {
        return decision != null;
    }
}
