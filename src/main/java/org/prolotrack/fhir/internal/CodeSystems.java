package org.prolotrack.fhir.internal;

/** ProloTrack's code-system names and their FHIR URIs. */
final class CodeSystems {

    static final String SNOMED_URI = "http://snomed.info/sct";
    static final String ICD10CM_URI = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String RXNORM_URI = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String LOINC_URI = "http://loinc.org";

    private CodeSystems() { }

    /** The FHIR URI of a ProloTrack code system, null for free text. */
    static String uri(String system) {
        return switch (system == null ? "TEXT" : system) {
            case "SNOMED" -> SNOMED_URI;
            case "ICD10CM" -> ICD10CM_URI;
            case "RXNORM" -> RXNORM_URI;
            default -> null;
        };
    }

    /** ProloTrack's name for a FHIR code-system URI, null when ProloTrack does not keep it. */
    static String name(String uri) {
        if (uri == null) {
            return null;
        }
        return switch (uri) {
            case SNOMED_URI -> "SNOMED";
            case ICD10CM_URI, "http://hl7.org/fhir/sid/icd-10" -> "ICD10CM";
            case RXNORM_URI -> "RXNORM";
            default -> null;
        };
    }
}
