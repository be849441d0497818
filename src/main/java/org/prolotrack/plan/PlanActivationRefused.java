package org.prolotrack.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prolotrack.problem.Refusal;

/** A series may not be activated yet: 409 naming everything that is missing. */
public class PlanActivationRefused extends Refusal {

    private final List<String> missing;

    public PlanActivationRefused(UUID planId, List<String> missing) {
        super(Kind.CONFLICT, "Series not ready to activate", "The series cannot be activated yet. Missing: "
                + String.join("; ", missing.stream().map(m -> m.endsWith(".") ? m.substring(0, m.length() - 1) : m).toList())
                + ".", Map.of("planId", planId, "missing", List.copyOf(missing)));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
