package org.prolotrack.screening.internal;

import java.util.Optional;

import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Screenings;
import org.springframework.stereotype.Component;

/** A series may be activated only when the patient's latest screening is current and its decision is proceed. */
@Component
class ScreeningActivationGuard implements PlanActivationGuard {

    private final Screenings screenings;

    ScreeningActivationGuard(Screenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public Optional<String> missingFor(TreatmentPlanView plan) {
        var current = screenings.currentDecision(plan.patientId());
        if (current.isEmpty()) {
            return Optional.of("a current screening with a decision to proceed (none recorded, or the latest screening "
                    + "is undecided or stale after a change to the patient's facts)");
        }
        if (current.get().decision() == Decision.DO_NOT_PROCEED) {
            return Optional.of("a screening decision to proceed (the latest screening was decided: do not proceed)");
        }
        return Optional.empty();
    }
}
