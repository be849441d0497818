package org.prolotrack.plan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A transition the series' current status does not allow (e.g. completing a draft): 409. */
public class IllegalPlanTransition extends ErrorResponseException {

    public IllegalPlanTransition(TreatmentPlanView.Status from, String transition) {
        super(HttpStatus.CONFLICT, problem(from, transition), null);
    }

    private static ProblemDetail problem(TreatmentPlanView.Status from, String transition) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A series that is " + from.name().toLowerCase(java.util.Locale.ROOT) + " cannot " + transition + ".");
        p.setTitle("Not allowed in this status");
        p.setProperty("status", from.name());
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
