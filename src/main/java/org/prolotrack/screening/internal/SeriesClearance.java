package org.prolotrack.screening.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.ScreeningEngine;
import org.prolotrack.screening.ScreeningResult;
import org.springframework.stereotype.Component;

/**
 * Does a screening clear this series? The screening of a series is the newest one run for it (or run by hand
 * without a series) that covers every site, side and agent of the series — and, when a note is signed, of its
 * injections. It clears when it is current (not stale), decided proceed and within its validity window
 * (knowledge/screening/validity.json). Every refusal names what is not covered or why the screening does not count.
 */
@Component
class SeriesClearance {

    private final ScreeningRepository repository;
    private final ScreeningEngine engine;
    private final ScreeningValidity validity;

    SeriesClearance(ScreeningRepository repository, ScreeningEngine engine, ScreeningValidity validity) {
        this.repository = repository;
        this.engine = engine;
        this.validity = validity;
    }

    /** The screening that covers this course for the series, if one does. */
    record Cover(Optional<ScreeningResult> screening, List<String> missing) { }

    /** What activating the series still needs (empty: the series is cleared). */
    List<String> missingToActivate(TreatmentPlanView plan, Instant now) {
        var course = SeriesCourse.of(plan, engine.knowledge().sites());
        return check(plan, course, validity.activation(), now, "activation").missing();
    }

    /** What signing this note needs from the screening (its injections included), and the screening that covers it. */
    Cover toSign(TreatmentPlanView plan, ProcedureNoteView note, Instant now) {
        var course = SeriesCourse.of(plan, engine.knowledge().sites()).withInjections(note, plan);
        return check(plan, course, validity.runningSeries(), now, "a running series");
    }

    SeriesCourse course(TreatmentPlanView plan, ProcedureNoteView note) {
        return SeriesCourse.of(plan, engine.knowledge().sites()).withInjections(note, plan);
    }

    private Cover check(TreatmentPlanView plan, SeriesCourse course, ScreeningValidity.Window window, Instant now,
                        String forWhat) {
        var candidates = repository.list(plan.patientId()).stream()
                .filter(s -> s.planId() == null || s.planId().equals(plan.id())).toList();
        var covering = candidates.stream().filter(s -> course.uncoveredBy(s.plannedCourse()).isEmpty()).findFirst();
        if (covering.isEmpty()) {
            if (candidates.isEmpty()) {
                return new Cover(Optional.empty(), List.of("a screening of this series decided proceed (none was run for it): "
                        + "screen the patient for this series"));
            }
            var newest = candidates.getFirst();
            return new Cover(Optional.empty(), List.of("a screening that covers " + String.join(", ",
                    course.uncoveredBy(newest.plannedCourse())) + " (the latest screening, of " + day(newest.createdAt())
                    + ", did not screen " + (course.uncoveredBy(newest.plannedCourse()).size() == 1 ? "it" : "them")
                    + "): screen the patient for this series"));
        }
        var s = covering.get();
        var missing = new ArrayList<String>();
        if (s.stale()) {
            missing.add("a current screening of this series (the screening of " + day(s.createdAt()) + " is stale: "
                    + s.staleReason() + "): screen again");
        } else if (!s.decided()) {
            missing.add("a decision on the screening of " + day(s.createdAt()) + " (it is undecided)");
        } else if (s.decision() == Decision.DO_NOT_PROCEED) {
            missing.add("a screening decision to proceed (the screening of " + day(s.createdAt())
                    + " was decided: do not proceed)");
        } else if (!ScreeningValidity.within(window, s.createdAt(), now)) {
            missing.add("a screening within " + window.days() + " days for " + forWhat + " (the screening of "
                    + day(s.createdAt()) + " has expired; validity window " + window.id() + " of knowledge/screening/validity.json): screen again");
        }
        return new Cover(covering, missing);
    }

    private static LocalDate day(Instant i) {
        return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
}
