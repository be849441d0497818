package org.prolotrack.plan;

import java.util.Map;
import org.prolotrack.problem.Refusal;

/** A transition the series' current status does not allow (e.g. completing a draft): 409. */
public class IllegalPlanTransition extends Refusal {

    public IllegalPlanTransition(TreatmentPlanView.Status from, String transition) {
        super(Kind.CONFLICT, "Not allowed in this status", "A series that is "
                + from.name().toLowerCase(java.util.Locale.ROOT) + " cannot " + transition + ".",
                Map.of("status", from.name()));
    }
}
