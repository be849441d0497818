package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prolotrack.screening.ScreeningFacts.Code;

/**
 * Finds the concepts a coded or free-text condition belongs to. Codes decide when a code system recognises one of
 * them (even to exclude it, e.g. a fracture at a later encounter); the display text decides only otherwise.
 */
final class ConceptMatcher {

    private final List<ConceptSpec> specs;
    private final Map<String, List<ConceptSpec>> byIcdPrefix = new HashMap<>();
    private final Map<String, List<ConceptSpec>> bySnomed = new HashMap<>();
    private final int longestPrefix;
    private final CodedLookupCache<ConceptSpec> cache = new CodedLookupCache<>(this::compute);

    ConceptMatcher(List<ConceptSpec> specs) {
        this.specs = List.copyOf(specs);
        int longest = 0;
        for (var s : specs) {
            for (var p : s.icd10()) {
                byIcdPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
                longest = Math.max(longest, p.length());
            }
            for (var c : s.snomed()) {
                bySnomed.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            }
        }
        this.longestPrefix = longest;
    }

    List<ConceptSpec> specs() {
        return specs;
    }

    List<ConceptSpec> match(List<Code> codes, String display) {
        return cache.get(codes, display);
    }

    private List<ConceptSpec> compute(List<Code> codes, String display) {
        Set<ConceptSpec> found = new LinkedHashSet<>();
        boolean decidedByCode = false;
        for (var code : codes) {
            switch (code.system()) {
                case "ICD10CM" -> {
                    var icd = ConceptSpec.icd(code.code());
                    for (int len = 1; len <= Math.min(icd.length(), longestPrefix); len++) {
                        var candidates = byIcdPrefix.get(icd.substring(0, len));
                        if (candidates == null) {
                            continue;
                        }
                        for (var spec : candidates) {
                            decidedByCode = true;
                            if (icdAccepted(spec, icd)) {
                                found.add(spec);
                            }
                        }
                    }
                }
                case "SNOMED" -> {
                    var candidates = bySnomed.get(code.code());
                    if (candidates != null) {
                        decidedByCode = true;
                        found.addAll(candidates);
                    }
                }
                default -> { }
            }
        }
        if (!decidedByCode) {
            var text = Terms.lower(display);
            for (var spec : specs) {
                if (Terms.containsAny(text, spec.text()) && !Terms.containsAny(text, spec.excludeText())) {
                    found.add(spec);
                }
            }
        }
        // in file order, so that the more specific entries listed first come first
        return found.stream().sorted(java.util.Comparator.comparingInt(specs::indexOf)).toList();
    }

    private static boolean icdAccepted(ConceptSpec spec, String icd) {
        for (var ex : spec.excludeIcd10()) {
            if (icd.startsWith(ex)) {
                return false;
            }
        }
        if (!spec.acuteSeventhCharacters().isEmpty() && icd.length() >= 7) {
            return spec.acuteSeventhCharacters().contains(String.valueOf(icd.charAt(6)));
        }
        return true;
    }
}
