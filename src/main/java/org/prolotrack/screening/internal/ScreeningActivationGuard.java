package org.prolotrack.screening.internal;

import java.time.Clock;
import java.util.Optional;

import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.plan.TreatmentPlanView;
import org.springframework.stereotype.Component;

/**
 * A series is activated only when a current screening that covers its sites, sides and agents was decided proceed
 * within the activation window ({@link SeriesClearance}).
 */
@Component
class ScreeningActivationGuard implements PlanActivationGuard {

    private final SeriesClearance clearance;
    private final Clock clock = Clock.systemUTC();

    ScreeningActivationGuard(SeriesClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public Optional<String> missingFor(TreatmentPlanView plan) {
        var missing = clearance.missingToActivate(plan, clock.instant());
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }
}
