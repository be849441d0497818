package org.prolotrack.screening.internal;

import java.util.Optional;
import java.util.UUID;

import org.prolotrack.procedure.NoteSigningGuard;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Screenings;
import org.springframework.stereotype.Component;

/**
 * A procedure note is signed only while the patient's latest screening is current and decided "proceed" (the
 * pre-procedure checklist item "screening current with a decision to proceed").
 */
@Component
class ScreeningSigningGuard implements NoteSigningGuard {

    private final Screenings screenings;

    ScreeningSigningGuard(Screenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public Optional<String> missingFor(UUID patientId, UUID planId) {
        var current = screenings.currentDecision(patientId);
        if (current.isEmpty()) {
            return Optional.of("a current screening with a decision to proceed (the latest screening is undecided, "
                    + "or stale after a change to the patient's facts)");
        }
        if (current.get().decision() == Decision.DO_NOT_PROCEED) {
            return Optional.of("a screening decision to proceed (the latest screening was decided: do not proceed)");
        }
        return Optional.empty();
    }
}
