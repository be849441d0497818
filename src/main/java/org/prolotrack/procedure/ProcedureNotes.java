package org.prolotrack.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.formulation.SyringeTarget;

/**
 * Procedure notes: drafted during the session, signed once (which locks them and publishes
 * {@link ProcedurePerformed}), corrected afterwards only by signed addenda. Every call checks access to the patient.
 */
public interface ProcedureNotes {

    record NoteHeader(String anticoagulantStatus, Boolean allergiesReviewed, Integer painBefore, String anesthesia,
                      String sedation, Instant visitStart, Instant visitEnd, Instant injectingStart,
                      Instant injectingEnd, String complications, Integer painAfter, Boolean aftercareGiven) { }

    record NewInjection(String siteId, String laterality, String guidance, SyringeTarget syringe,
                        BigDecimal volumeInjectedMl, String needle, List<ProcedureNoteView.Lot> lots) { }

    /** The day-of-procedure check as entered (null answers are unanswered questions). */
    record DayCheckEntry(Boolean fever, Boolean skinClear, String skinNote, String pregnancy, Boolean newAnticoagulant,
                         String anticoagulant, BigDecimal inr, LocalDate anticoagulantHeldOn,
                         Boolean changesSinceScreening, String changesNote) { }

    /** What signing would need now: empty when the note may be signed. */
    record Readiness(List<String> missing, List<String> warnings) {
        public boolean ready() {
            return missing.isEmpty();
        }
    }

    ProcedureNoteView start(UUID patientId, UUID planId, LocalDate performedOn);

    Optional<ProcedureNoteView> find(UUID noteId);

    List<ProcedureNoteView> forPatient(UUID patientId);

    List<ProcedureNoteView> forPlan(UUID patientId, UUID planId);

    ProcedureNoteView update(UUID noteId, NoteHeader header);

    ProcedureNoteView addInjection(UUID noteId, NewInjection injection);

    ProcedureNoteView voidInjection(UUID noteId, UUID injectionId, String reason);

    /**
     * Records (or replaces, while the note is a draft) the day-of-procedure check. An unanswered question or a value
     * out of range is a 400 naming the field; a red answer is recorded as given and refuses signing.
     */
    ProcedureNoteView recordDayCheck(UUID noteId, DayCheckEntry entry);

    Readiness readiness(UUID noteId);

    ProcedureNoteView sign(UUID noteId);

    ProcedureNoteView addAddendum(UUID noteId, String text);
}
