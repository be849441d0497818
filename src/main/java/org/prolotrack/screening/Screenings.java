package org.prolotrack.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The screening module's entry point for other modules and the UI. Reads and writes check access and are audited. */
public interface Screenings {

    /** Screens the patient's chart against a planned course (no agents = default formulation) and stores the result. */
    ScreeningResult screen(UUID patientId, PlannedCourse course);

    /** The patient's screenings, newest first. */
    List<ScreeningResult> list(UUID patientId);

    /**
     * Records the clinician's decision. Proceeding despite a contraindication needs a written reason; a stale or
     * already decided screening cannot be decided.
     */
    ScreeningResult decide(UUID patientId, UUID screeningId, Decision decision, String reason);

    /**
     * The decision on the latest screening if it is current and decided. The treatment plan may be activated only
     * when this is present and {@link CurrentDecision#proceed()}.
     */
    Optional<CurrentDecision> currentDecision(UUID patientId);

    /** Shorthand: is there a current screening whose decision is proceed? */
    default boolean hasCurrentProceedDecision(UUID patientId) {
        return currentDecision(patientId).map(CurrentDecision::proceed).orElse(false);
    }

    /** What a planned course can name: site regions and agents, and the default formulation. */
    ScreeningOptions options();
}
