package org.prolotrack.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A procedure note as other modules and the UI see it.
 *
 * @param timeFlags the visit and injecting times that fall outside the usual durations (for review, not blocking)
 * @param dayCheck  the day-of-procedure check, or null while it is not recorded (signing needs it)
 */
public record ProcedureNoteView(UUID id, UUID patientId, UUID planId, UUID clinicId, UUID providerId, Status status,
                                LocalDate performedOn, Integer sessionNumber, Checklist checklist, String anesthesia,
                                String sedation, Times times, String complications, Integer painAfter,
                                boolean aftercareGiven, List<Injection> injections, List<Addendum> addenda,
                                BigDecimal weightKg, BigDecimal anestheticMg, BigDecimal anestheticCapMg,
                                Instant signedAt, String signedBy, String knowledgeVersion, List<String> timeFlags,
                                DayCheck dayCheck) {

    public enum Status { DRAFT, SIGNED, VOIDED }

    /** @param anticoagulantStatus NONE, HELD, CONTINUED_ASPIRIN or CONTINUED_OTHER */
    public record Checklist(String anticoagulantStatus, boolean allergiesReviewed, Integer painBefore) { }

    public record Times(Instant visitStart, Instant visitEnd, Instant injectingStart, Instant injectingEnd) { }

    /**
     * One injection: the site from the catalogue, the syringe's recipe from the formulation and the stock lots.
     *
     * @param recipe e.g. "Dextrose 50% (D50) 3.0 mL + Lidocaine 1% 2.0 mL + Normal saline 5.0 mL"
     */
    public record Injection(UUID id, String siteId, String siteName, String structureKind, String laterality,
                            boolean intraArticular, String guidance, BigDecimal finalVolumeMl,
                            BigDecimal dextrosePercent, String anestheticAgent, BigDecimal anestheticPercent,
                            String diluent, String recipe, BigDecimal anestheticMg, BigDecimal volumeInjectedMl,
                            String needle, List<Lot> lots) { }

    public record Lot(String stockId, String lotNumber, LocalDate expiry) { }

    /** Pregnancy as asked on the day. */
    public enum Pregnancy { NOT_APPLICABLE, NOT_PREGNANT, POSSIBLE, PREGNANT }

    /**
     * The day-of-procedure check, asked before the first needle: the update of the screening for today.
     *
     * @param skinClear          the skin at every site to be injected is intact, without infection, rash or wound
     * @param newAnticoagulant   an anticoagulant or antiplatelet drug started since the screening
     * @param anticoagulant      the anticoagulant the patient takes (when the checklist says one is held or continued)
     * @param inr                the INR measured for warfarin
     * @param anticoagulantHeldOn the last day the anticoagulant was taken before it was held
     */
    public record DayCheck(boolean fever, boolean skinClear, String skinNote, Pregnancy pregnancy,
                           boolean newAnticoagulant, String anticoagulant, BigDecimal inr, LocalDate anticoagulantHeldOn,
                           boolean changesSinceScreening, String changesNote, Instant recordedAt, String recordedBy) { }

    public record Addendum(UUID id, String text, Instant signedAt, String signedBy) { }

    public boolean signed() {
        return status == Status.SIGNED;
    }
}
