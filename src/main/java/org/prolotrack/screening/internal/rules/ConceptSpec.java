package org.prolotrack.screening.internal.rules;

import java.util.List;

/** A condition concept or an indication as written in the knowledge files (see condition-concepts.json). */
record ConceptSpec(String id, String label, List<String> icd10, List<String> excludeIcd10, List<String> snomed,
                   List<String> text, List<String> excludeText, List<String> acuteSeventhCharacters,
                   List<String> regions, Evidence evidence, String source, String certainty) {

    record Evidence(String grade, String summary, List<String> references) { }

    ConceptSpec {
        icd10 = icd10 == null ? List.of() : icd10.stream().map(ConceptSpec::icd).toList();
        excludeIcd10 = excludeIcd10 == null ? List.of() : excludeIcd10.stream().map(ConceptSpec::icd).toList();
        snomed = snomed == null ? List.of() : snomed;
        text = Terms.lowerAll(text);
        excludeText = Terms.lowerAll(excludeText);
        acuteSeventhCharacters = acuteSeventhCharacters == null ? List.of() : acuteSeventhCharacters;
        regions = regions == null ? List.of() : regions;
    }

    static String icd(String code) {
        return code == null ? "" : code.replace(".", "").trim().toUpperCase(java.util.Locale.ROOT);
    }
}
