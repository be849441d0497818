package org.prolotrack.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlanView;

/** A series as the REST API answers it: sessions done against planned, the window and the next due dates. */
record PlanJson(UUID id, UUID patientId, UUID clinicId, UUID providerId, String status, String indicationCode,
                String indicationDisplay, String protocolId, String protocolName, Sessions sessions, Window window,
                TreatmentPlanView.DueWindow nextDue, List<TreatmentPlanView.PlannedTarget> targets,
                List<String> combinedTherapies, List<String> agents, StopRules stopRules, String stopReason,
                Instant activatedAt, String knowledgeVersion) {

    record Sessions(int planned, int done, int remaining, LocalDate lastOn) { }

    record Window(int minDays, int maxDays) { }

    record StopRules(int goalImprovementPercent, int nonResponderAfterSessions) { }

    static PlanJson of(TreatmentPlanView v) {
        return new PlanJson(v.id(), v.patientId(), v.clinicId(), v.providerId(), v.status().name(), v.indicationCode(),
                v.indicationDisplay(), v.protocolId(), v.protocolName(),
                new Sessions(v.plannedSessions(), v.sessionsDone(), v.sessionsRemaining(), v.lastSessionOn()),
                new Window(v.intervalMinDays(), v.intervalMaxDays()), v.nextDue().orElse(null), v.targets(),
                v.combinedTherapies(), v.agents(), new StopRules(v.goalImprovementPercent(), v.nonResponderAfterSessions()),
                v.stopReason(), v.activatedAt(), v.knowledgeVersion());
    }
}
