package org.prolotrack.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.prolotrack.patient.PatientChart.Allergy.Criticality;
import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging.Modality;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientChart.Sex;

/**
 * Changes a patient's record: registration, demographics and weight, and the clinical entries of the chart.
 * Every change checks that the signed-in user may change this patient (clinic staff of the patient's clinic, or an
 * admin; a patient account may only read), writes an audit row, and — for problems, medications, allergies and
 * weight — publishes {@link PatientFactsChanged}. Clinical entries are never deleted, only voided with a reason.
 * Invalid input is refused with {@link PatientDataException} naming the field.
 */
public interface PatientRegistry {

    /** Demographics as entered. Weight and the date it was measured come together or not at all. */
    record Demographics(String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex,
                        String phone, String email, String address, BigDecimal weightKg, LocalDate weightMeasuredOn,
                        UUID preferredProviderId) { }

    /** A problem-list entry. {@code codeSystem}: ICD10CM, SNOMED or TEXT. */
    record ConditionEntry(String codeSystem, String code, String display, String bodySite, Laterality laterality,
                          LocalDate onsetDate, Condition.Status status, LocalDate abatementDate) { }

    /** A medication. {@code codeSystem}: RXNORM or TEXT. A stop date means the medication was stopped. */
    record MedicationEntry(String codeSystem, String code, String display, String dosage, LocalDate startDate,
                           LocalDate stopDate) { }

    /** An allergy or intolerance. {@code codeSystem}: RXNORM, SNOMED or TEXT. */
    record AllergyEntry(String codeSystem, String code, String substance, String reaction, Criticality criticality) { }

    /** Care tried before prolotherapy. */
    record CareEntry(ConservativeCare.Kind kind, String description, LocalDate startDate, LocalDate endDate,
                     ConservativeCare.Helped helped) { }

    /** An imaging study. */
    record ImagingEntry(Modality modality, String bodySite, LocalDate studyDate, String reportSummary) { }

    /** The kinds of clinical entry that can be voided. */
    enum EntryKind { CONDITION, MEDICATION, ALLERGY, CONSERVATIVE_CARE, IMAGING }

    /**
     * Registers a patient at a clinic. {@code clinicId} may be null for clinic staff (their own clinic); an admin
     * must name it. An MRN already used at that clinic is refused (409, field {@code mrn}).
     */
    UUID register(UUID clinicId, Demographics demographics);

    /** The record's version, to send back with {@link #updateDemographics}. Audited as a read. */
    int version(UUID patientId);

    /**
     * Replaces the demographics (including weight) if nobody changed the record since {@code expectedVersion};
     * otherwise throws {@link org.springframework.dao.OptimisticLockingFailureException} (409).
     */
    void updateDemographics(UUID patientId, int expectedVersion, Demographics demographics);

    /** Records a new weight measurement. */
    void recordWeight(UUID patientId, BigDecimal weightKg, LocalDate measuredOn);

    UUID addCondition(UUID patientId, ConditionEntry condition);

    /**
     * Replaces a problem-list entry. With {@code expectedVersion} (the {@link PatientChart.Condition#version} read),
     * only if nobody changed it since — otherwise {@link org.springframework.dao.OptimisticLockingFailureException}
     * (409); without, whatever it holds now is replaced.
     */
    void editCondition(UUID patientId, UUID conditionId, ConditionEntry condition, Integer expectedVersion);

    void resolveCondition(UUID patientId, UUID conditionId, LocalDate abatementDate);

    UUID addMedication(UUID patientId, MedicationEntry medication);

    void stopMedication(UUID patientId, UUID medicationId, LocalDate stopDate);

    UUID addAllergy(UUID patientId, AllergyEntry allergy);

    UUID addConservativeCare(UUID patientId, CareEntry care);

    UUID addImaging(UUID patientId, ImagingEntry imaging);

    /** Voids an entry entered in error: it leaves the chart but stays in the database with who, when and why. */
    void voidEntry(UUID patientId, EntryKind kind, UUID entryId, String reason);
}
