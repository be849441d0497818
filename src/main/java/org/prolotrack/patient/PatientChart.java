package org.prolotrack.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything ProloTrack knows about a patient, as other modules see it. Voided entries are not included.
 */
public record PatientChart(UUID id, UUID clinicId, String mrn, String givenName, String familyName,
                           LocalDate birthDate, Sex sex, String phone, String email, String address,
                           BigDecimal weightKg, LocalDate weightMeasuredOn, UUID preferredProviderId,
                           List<Condition> conditions, List<Medication> medications, List<Allergy> allergies,
                           List<ConservativeCare> conservativeCare, List<Imaging> imaging) {

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    public enum Laterality { LEFT, RIGHT, BILATERAL, MIDLINE }

    /** A problem-list entry, coded ICD-10-CM ({@code ICD10CM}), SNOMED CT ({@code SNOMED}) or free text ({@code TEXT}). */
    public record Condition(UUID id, String codeSystem, String code, String display, String bodySite,
                            Laterality laterality, LocalDate onsetDate, Status status, LocalDate abatementDate,
                            int version) {
        public enum Status { ACTIVE, RESOLVED }
    }

    /** A medication, coded RxNorm (ingredient, clinical or branded drug) or free text. */
    public record Medication(UUID id, String codeSystem, String code, String display, String dosage,
                             Status status, LocalDate startDate, LocalDate stopDate) {
        public enum Status { ACTIVE, STOPPED }
    }

    /** An allergy or intolerance to a substance (RxNorm, SNOMED CT or free text). */
    public record Allergy(UUID id, String codeSystem, String code, String substance, String reaction,
                          Criticality criticality, Status status) {
        public enum Criticality { LOW, HIGH, UNABLE_TO_ASSESS }

        public enum Status { ACTIVE, INACTIVE }
    }

    /** Care tried before prolotherapy, and whether it helped. */
    public record ConservativeCare(UUID id, Kind kind, String description, LocalDate startDate, LocalDate endDate,
                                   Helped helped) {
        public enum Kind { PHYSICAL_THERAPY, MEDICATION, ACTIVITY_MODIFICATION, INJECTION, SURGERY, OTHER }

        public enum Helped { YES, PARTLY, NO, UNKNOWN }
    }

    /** An imaging study and its report summary. */
    public record Imaging(UUID id, Modality modality, String bodySite, LocalDate studyDate, String reportSummary) {
        public enum Modality { XRAY, MRI, ULTRASOUND, CT, OTHER }
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
