package org.prolotrack.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.procedure.NoteSigningGuard;
import org.prolotrack.procedure.ProcedureNoteView;
import org.springframework.stereotype.Component;

/**
 * A procedure note is signed only while its series is cleared by a current screening decided proceed that covers
 * the series and the sites and agents injected ({@link SeriesClearance}), and while the day-of-procedure check does
 * not raise what that screening did not weigh ({@link DayOfProcedurePolicy}).
 */
@Component
class ScreeningSigningGuard implements NoteSigningGuard {

    private final SeriesClearance clearance;
    private final DayOfProcedurePolicy dayOfProcedure;
    private final TreatmentPlans plans;
    private final Clock clock = Clock.systemUTC();

    ScreeningSigningGuard(SeriesClearance clearance, DayOfProcedurePolicy dayOfProcedure, TreatmentPlans plans) {
        this.clearance = clearance;
        this.dayOfProcedure = dayOfProcedure;
        this.plans = plans;
    }

    @Override
    public Optional<String> missingFor(UUID patientId, UUID planId) {
        return Optional.of("the note itself, to check its sites and agents against the screening");
    }

    @Override
    public List<String> missingFor(ProcedureNoteView note) {
        var plan = plans.find(note.planId());
        if (plan.isEmpty()) {
            return List.of("the note's treatment series (not found)");
        }
        var cover = clearance.toSign(plan.get(), note, clock.instant());
        var missing = new ArrayList<>(cover.missing());
        cover.screening().ifPresent(s -> missing.addAll(
                dayOfProcedure.refusals(note, s, clearance.course(plan.get(), note))));
        return missing;
    }
}
