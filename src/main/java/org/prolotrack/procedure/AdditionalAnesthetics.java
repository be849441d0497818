package org.prolotrack.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Anesthetic doses of a procedure note given outside its syringes. Added and removed only while the note is a draft;
 * every call checks access to the patient. The doses count in the session check that signing runs.
 */
public interface AdditionalAnesthetics {

    Set<String> PURPOSES = Set.of("SKIN_WHEAL", "NERVE_BLOCK", "OTHER");

    /** A dose as entered: the anesthetic stock by agent and strength, the volume drawn up and given. */
    record NewDose(String purpose, String siteText, String agent, BigDecimal stockPercent, BigDecimal volumeMl,
                   String lotNumber, LocalDate expiry) { }

    /**
     * @return the note's doses after adding this one
     * @throws AnestheticDoseRefused naming each field at fault; nothing is saved
     */
    List<AdditionalAnestheticDose> add(UUID noteId, NewDose dose);

    List<AdditionalAnestheticDose> forNote(UUID noteId);

    List<AdditionalAnestheticDose> voidDose(UUID noteId, UUID doseId, String reason);
}
