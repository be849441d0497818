package org.prolotrack.plan.internal;

import java.util.Optional;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlanView.Status;
import org.prolotrack.procedure.NoteSigningGuard;
import org.springframework.stereotype.Component;

/** A procedure note is signed only against an active (or maintenance) series of the same patient. */
@Component
class RunningPlanSigningGuard implements NoteSigningGuard {

    private final PlanRepository plans;

    RunningPlanSigningGuard(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> missingFor(UUID patientId, UUID planId) {
        var plan = plans.find(planId);
        if (plan.isEmpty() || !plan.get().patientId().equals(patientId)) {
            return Optional.of("a treatment series of this patient");
        }
        var status = plan.get().status();
        if (!status.isRunning()) {
            return Optional.of("an active treatment series (this one is " + status.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return Optional.empty();
    }
}
