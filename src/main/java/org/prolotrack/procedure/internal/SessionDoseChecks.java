package org.prolotrack.procedure.internal;

import java.util.List;
import java.util.UUID;

import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.Syringe;
import org.prolotrack.procedure.ProcedureNoteView.Injection;
import org.springframework.stereotype.Component;

/**
 * What the session's dose and concentration checks add to the note's injections: the anesthetic given outside
 * the syringes (counted in the cap) and the dextrose concentration warnings of each injection's route.
 */
@Component
class SessionDoseChecks {

    private final AdditionalAnestheticService additional;
    private final FormulationCalculator calculator;

    SessionDoseChecks(AdditionalAnestheticService additional, FormulationCalculator calculator) {
        this.additional = additional;
        this.calculator = calculator;
    }

    /** The doses outside the syringes, as syringes for the session check. */
    List<Syringe> additionalAnesthetic(UUID noteId) {
        return additional.asSyringes(noteId);
    }

    /** Warnings for intra-articular injections above the knowledge file's threshold (never blocking). */
    List<String> concentrationWarnings(List<Injection> injections) {
        return injections.stream().filter(Injection::intraArticular)
                .flatMap(i -> calculator.concentrationWarnings("INTRA_ARTICULAR", i.dextrosePercent()).stream()
                        .map(w -> i.siteName() + " (" + i.laterality().toLowerCase(java.util.Locale.ROOT) + "): " + w))
                .distinct().toList();
    }
}
