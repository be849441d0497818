package org.prolotrack.scheduling.internal.optimiser;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, in words staff read ("why this slot?"), naming the sessions it concerns. */
public record SlotJustification(List<String> sessionIds, String description) implements ConstraintJustification {

    public static SlotJustification of(SessionVisit s, String description) {
        return new SlotJustification(List.of(s.getId()), description);
    }

    public static SlotJustification of(SessionVisit a, SessionVisit b, String description) {
        return new SlotJustification(List.of(a.getId(), b.getId()), description);
    }
}
