package org.prolotrack.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.patient.PatientChart.Allergy;
import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientChart.Medication;
import org.prolotrack.patient.PatientChart.Sex;

/**
 * The bulk write path into patient records, for imports from other systems (FHIR bundles) and the bulk read of
 * patient ids for exports. The patient is matched on (clinic, MRN); every clinical entry on the id of the record
 * it came from ({@code sourceId}), so importing the same data twice changes nothing. Runs inside the caller's
 * transaction (one bundle = one transaction). Publishes {@link PatientFactsChanged} for what changed.
 * Callers check the importing user's right to write to the clinic; this interface does not.
 */
public interface PatientImports {

    record ImportedPatient(String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex,
                           String phone, String email, String address, BigDecimal weightKg,
                           LocalDate weightMeasuredOn, List<ImportedCondition> conditions,
                           List<ImportedMedication> medications, List<ImportedAllergy> allergies,
                           List<ImportedCare> conservativeCare, List<ImportedImaging> imaging) { }

    record ImportedCondition(String sourceId, String codeSystem, String code, String display, String bodySite,
                             Laterality laterality, LocalDate onsetDate, Condition.Status status,
                             LocalDate abatementDate) { }

    record ImportedMedication(String sourceId, String codeSystem, String code, String display, String dosage,
                              Medication.Status status, LocalDate startDate, LocalDate stopDate) { }

    record ImportedAllergy(String sourceId, String codeSystem, String code, String substance, String reaction,
                           Allergy.Criticality criticality, Allergy.Status status) { }

    record ImportedCare(String sourceId, ConservativeCare.Kind kind, String description, LocalDate startDate,
                        LocalDate endDate, ConservativeCare.Helped helped) { }

    record ImportedImaging(String sourceId, Imaging.Modality modality, String bodySite, LocalDate studyDate,
                           String reportSummary) { }

    /** What one import did: rows inserted, updated, and left alone because they were already the same. */
    record Outcome(UUID patientId, boolean patientCreated, boolean patientUpdated, int inserted, int updated,
                   int unchanged) {

        public boolean changedAnything() {
            return patientCreated || patientUpdated || inserted > 0 || updated > 0;
        }
    }

    /** Inserts or updates the patient of the clinic and their entries. Must run in a transaction. */
    Outcome importPatient(UUID clinicId, ImportedPatient patient, String importedBy);

    /** For bulk export: ids of the clinic's patients (all clinics when null) after {@code after}, by id. */
    List<UUID> patientIds(UUID clinicId, UUID after, int limit);

    /**
     * For bulk export with {@code _since}: like {@link #patientIds}, only the patients whose record or any
     * condition, medication or allergy changed at or after {@code since}.
     */
    List<UUID> patientIdsChangedSince(UUID clinicId, java.time.Instant since, UUID after, int limit);

    /**
     * For bulk export with {@code _since}: which of a patient's records changed at or after {@code since} — the
     * patient's own id when the demographics did, and the ids of the conditions, medications and allergies that did.
     */
    java.util.Set<UUID> changedSince(UUID patientId, java.time.Instant since);

    /**
     * The patient a clinical entry (condition, medication, allergy, care, imaging) belongs to, for facades that
     * address entries by their own id. Reveals nothing by itself: callers then read through
     * {@link PatientRecords}, which checks access and audits.
     */
    java.util.Optional<UUID> patientOfEntry(UUID entryId);
}
