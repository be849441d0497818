package org.prolotrack.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What screening needs to know about a patient, independent of where it came from (the patient chart, a FHIR
 * server, a test). Only entries marked active count.
 *
 * @param subject a label for the patient in messages (MRN, FHIR id)
 * @param asOf    the day the facts are evaluated for
 */
public record ScreeningFacts(String subject, LocalDate asOf, BigDecimal weightKg, List<ConditionFact> conditions,
                             List<MedicationFact> medications, List<AllergyFact> allergies,
                             List<CareFact> conservativeCare) {

    public ScreeningFacts {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        medications = medications == null ? List.of() : List.copyOf(medications);
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        conservativeCare = conservativeCare == null ? List.of() : List.copyOf(conservativeCare);
    }

    /** A code in one of the systems screening knows: ICD10CM, SNOMED, RXNORM (anything else is OTHER). */
    public record Code(String system, String code) {

        public static Code of(String system, String code) {
            return new Code(normaliseSystem(system), code == null ? "" : code.trim());
        }

        /** Accepts ProloTrack's names and FHIR system URIs. */
        public static String normaliseSystem(String system) {
            if (system == null) {
                return "OTHER";
            }
            var s = system.trim().toLowerCase(Locale.ROOT);
            if (s.equals("icd10cm") || s.contains("icd-10-cm") || s.contains("icd10cm") || s.equals("icd10")) {
                return "ICD10CM";
            }
            if (s.equals("snomed") || s.contains("snomed")) {
                return "SNOMED";
            }
            if (s.equals("rxnorm") || s.contains("rxnorm")) {
                return "RXNORM";
            }
            return "OTHER";
        }
    }

    /** A problem-list entry. {@code since} is the onset date when known. */
    public record ConditionFact(List<Code> codes, String display, String bodySite, Laterality laterality, boolean active,
                                LocalDate since) {
        public ConditionFact {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** A medication (coded as an ingredient or a clinical/branded drug, or text only). */
    public record MedicationFact(List<Code> codes, String display, boolean active, LocalDate since) {
        public MedicationFact {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** An allergy or intolerance. */
    public record AllergyFact(List<Code> codes, String substance, boolean active) {
        public AllergyFact {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** Care tried before prolotherapy and whether it helped. */
    public record CareFact(String kind, String description, CareOutcome outcome) { }

    public enum CareOutcome { HELPED, PARTLY, NOT_HELPED, UNKNOWN }
}
