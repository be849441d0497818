package org.prolotrack.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A series may not be activated yet: 409 naming everything that is missing. */
public class PlanActivationRefused extends ErrorResponseException {

    private final List<String> missing;

    public PlanActivationRefused(UUID planId, List<String> missing) {
        super(HttpStatus.CONFLICT, problem(planId, missing), null);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    private static ProblemDetail problem(UUID planId, List<String> missing) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The series cannot be activated yet. Missing: "
                        + String.join("; ", missing.stream().map(m -> m.endsWith(".") ? m.substring(0, m.length() - 1) : m).toList())
                        + ".");
        p.setTitle("Series not ready to activate");
        p.setProperty("planId", planId);
        p.setProperty("missing", missing);
        return p;
    }
}
