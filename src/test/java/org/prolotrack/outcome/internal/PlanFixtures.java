package org.prolotrack.outcome.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlanView;

/** Plans as the plan module shows them, for the pure schedule and responder tests. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A series of {@code plannedSessions}, 21-42 days apart, goal 90% improvement, non-responder rule after 3. */
    static TreatmentPlanView plan(UUID patientId, UUID clinicId, String indicationCode, String indication,
                                  int plannedSessions, int sessionsDone, LocalDate lastSessionOn) {
        return new TreatmentPlanView(UUID.randomUUID(), patientId, clinicId, null, indicationCode, indication,
                "test-protocol", "Test protocol", TreatmentPlanView.Status.ACTIVE, plannedSessions, 21, 42, List.of(),
                List.of(), List.of("dextrose"), sessionsDone, lastSessionOn, 90, 3, null, Instant.now(), "test");
    }
}
