package org.prolotrack.plan;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such series (or not one the user may see): 404. */
public class PlanNotFoundException extends ErrorResponseException {

    public PlanNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No treatment series " + id + " that you may see.");
        p.setTitle("Series not found");
        return p;
    }
}
