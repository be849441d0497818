package org.prolotrack.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The screening module's entry point for other modules and the UI. Reads and writes check access and are audited. */
public interface Screenings {

    /** Screens the patient's chart against a planned course (no agents = default formulation) and stores the result. */
    ScreeningResult screen(UUID patientId, PlannedCourse course);

    /**
     * Screens the patient for a series: its targets' sites and sides, and its agents together with the named ones
     * (none named: the default formulation). The result belongs to the series and clears it once decided proceed.
     */
    ScreeningResult screenSeries(UUID patientId, UUID planId, List<String> agents);

    /** The patient's screenings, newest first. */
    List<ScreeningResult> list(UUID patientId);

    /**
     * Records the clinician's decision. Proceeding despite a contraindication needs a written reason; a stale or
     * already decided screening cannot be decided.
     */
    ScreeningResult decide(UUID patientId, UUID screeningId, Decision decision, String reason);

    /**
     * The decision on the patient's latest screening if it is current and decided. What clears a series is stricter
     * (a current proceed decision on a screening that covers its sites, sides and agents): see the plan's guard.
     */
    Optional<CurrentDecision> currentDecision(UUID patientId);

    /** Shorthand: is there a current screening whose decision is proceed? */
    default boolean hasCurrentProceedDecision(UUID patientId) {
        return currentDecision(patientId).map(CurrentDecision::proceed).orElse(false);
    }

    /** What a planned course can name: site regions and agents, and the default formulation. */
    ScreeningOptions options();
}
