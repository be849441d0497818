package org.prolotrack.plan;

import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** No such series (or not one the user may see): 404. */
public class PlanNotFoundException extends Refusal {

    public PlanNotFoundException(UUID id) {
        super(Kind.NOT_FOUND, "Series not found", "No treatment series " + id + " that you may see.");
    }
}
