package org.prolotrack.scheduling;

import java.util.List;
import org.prolotrack.problem.Refusal;

/** 409: someone else holds the provider, room, equipment or patient then. Carries the nearest free slots. */
public class SlotTakenException extends Refusal {

    private final transient List<Appointments.FreeSlot> alternatives;

    public SlotTakenException(String detail, List<Appointments.FreeSlot> alternatives) {
        super(Kind.CONFLICT, "Slot already taken", detail, java.util.Map.of("alternatives", List.copyOf(alternatives)));
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Appointments.FreeSlot> alternatives() {
        return alternatives;
    }
}
