package org.prolotrack.plan.internal;

import java.util.Optional;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.procedure.SeriesSchedules;
import org.springframework.stereotype.Component;

/** Tells the aftercare sheet how many sessions a series plans and at what interval. */
@Component
class PlanSeriesSchedules implements SeriesSchedules {

    private final PlanRepository plans;

    PlanSeriesSchedules(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<SeriesSchedule> forPlan(UUID planId) {
        // sessions done do not matter here: the sheet counts from the session it is for
        return plans.find(planId).map(p -> schedule(p.view(0, null)));
    }

    private static SeriesSchedule schedule(TreatmentPlanView p) {
        boolean running = p.status().isRunning();
        return new SeriesSchedule(p.plannedSessions(), p.intervalMinDays(), p.intervalMaxDays(), running,
                p.status() == TreatmentPlanView.Status.MAINTENANCE);
    }
}
