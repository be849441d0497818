package org.prolotrack.scheduling;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: someone else holds the provider, room, equipment or patient then. Carries the nearest free slots. */
public class SlotTakenException extends ErrorResponseException {

    private final transient List<Appointments.FreeSlot> alternatives;

    public SlotTakenException(String detail, List<Appointments.FreeSlot> alternatives) {
        super(HttpStatus.CONFLICT, problem(detail, alternatives), null);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Appointments.FreeSlot> alternatives() {
        return alternatives;
    }

    private static ProblemDetail problem(String detail, List<Appointments.FreeSlot> alternatives) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setTitle("Slot already taken");
        p.setProperty("alternatives", alternatives);
        return p;
    }
}
