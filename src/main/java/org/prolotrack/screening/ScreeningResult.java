package org.prolotrack.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored screening: what was planned, the engine's outcome with the knowledge version, whether it is stale (the
 * patient's facts changed since), and the clinician's decision if one was recorded.
 *
 * @param planId the series this screening was run for (its sites, sides and agents are the planned course), or null
 *               for a screening of a course typed by hand, which clears a series only when it covers it
 */
public record ScreeningResult(UUID id, UUID patientId, Instant createdAt, String createdBy, PlannedCourse plannedCourse,
                              Verdict verdict, String knowledgeVersion, List<Finding> findings,
                              List<IndicationMatch> indications, boolean stale, Instant staleSince, String staleReason,
                              Decision decision, String decisionReason, Instant decidedAt, String decidedBy,
                              UUID planId) {

    public boolean decided() {
        return decision != null;
    }
}
