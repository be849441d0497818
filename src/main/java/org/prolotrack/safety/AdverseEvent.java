package org.prolotrack.safety;

import java.time.LocalDate;
import java.util.UUID;

/** A side effect or adverse event as recorded by the clinic. */
public record AdverseEvent(UUID id, UUID patientId, UUID planId, UUID procedureNoteId, String catalogueCode,
                           String catalogueName, String description, Severity severity, boolean serious,
                           Relatedness relatedness, LocalDate onsetOn, LocalDate resolvedOn, String recordedBy,
                           String knowledgeVersion) {

    public enum Severity { MILD, MODERATE, SEVERE, LIFE_THREATENING }

    /** Relatedness to the session. */
    public enum Relatedness { RELATED, PROBABLE, POSSIBLE, UNLIKELY, NOT_RELATED }

    /**
     * What staff enter. Serious is asked separately from severity: a severe headache need not be serious, a
     * moderate event leading to hospital admission is.
     */
    public record New(UUID patientId, UUID planId, UUID procedureNoteId, String catalogueCode, String description,
                      Severity severity, boolean serious, Relatedness relatedness, LocalDate onsetOn,
                      LocalDate resolvedOn) { }
}
