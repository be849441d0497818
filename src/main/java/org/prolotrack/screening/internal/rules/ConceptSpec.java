package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.prolotrack.knowledge.Certainty;

/**
 * A condition concept or an indication as written in the knowledge files (see condition-concepts.json): a value set
 * with hierarchy. ICD-10-CM entries are prefixes ({@code D68} matches D68.2) or ranges ({@code D65-D69} matches every
 * category from D65 to D69 and their subcodes); SNOMED CT entries are codes, and {@code snomedDescendants} lists
 * explicit expansions (a concept and its descendant codes, with the expansion they were taken from).
 */
record ConceptSpec(String id, String label, List<String> icd10, List<String> excludeIcd10, List<String> snomed,
                   List<SnomedExpansion> snomedDescendants, List<String> text, List<String> excludeText,
                   List<String> acuteSeventhCharacters, List<String> regions, Evidence evidence, String source,
                   String certainty) {

    record Evidence(String grade, String summary, List<String> references, Boolean investigational) {
        Evidence {
            references = references == null ? List.of() : references;
            investigational = Boolean.TRUE.equals(investigational);
        }
    }

    /** A SNOMED CT concept and the descendant codes shipped with it (no SNOMED release is read at run time). */
    record SnomedExpansion(String concept, String label, List<String> descendants, String expansion, String certainty) {
        SnomedExpansion {
            descendants = descendants == null ? List.of() : descendants;
            if (concept == null || concept.isBlank() || expansion == null || expansion.isBlank() || certainty == null) {
                throw new IllegalStateException("A SNOMED CT expansion needs its concept, the expansion it was taken"
                        + " from and a certainty");
            }
            Certainty.ofMarker(certainty);
        }
    }

    private static final String CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    ConceptSpec {
        icd10 = icd10 == null ? List.of() : expand(icd10);
        excludeIcd10 = excludeIcd10 == null ? List.of() : expand(excludeIcd10);
        snomedDescendants = snomedDescendants == null ? List.of() : snomedDescendants;
        var codes = new LinkedHashSet<String>(snomed == null ? List.of() : snomed);
        for (var x : snomedDescendants) {
            codes.add(x.concept());
            codes.addAll(x.descendants());
        }
        snomed = List.copyOf(codes);
        text = Terms.lowerAll(text);
        excludeText = Terms.lowerAll(excludeText);
        acuteSeventhCharacters = acuteSeventhCharacters == null ? List.of() : acuteSeventhCharacters;
        regions = regions == null ? List.of() : regions;
    }

    static String icd(String code) {
        return code == null ? "" : code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }

    /** Prefixes stay prefixes; a range {@code A-B} becomes every code of A's length from A to B (ICD-10-CM order). */
    static List<String> expand(List<String> entries) {
        var out = new ArrayList<String>();
        for (var e : entries) {
            int dash = e.indexOf('-');
            if (dash < 0) {
                out.add(icd(e));
            } else {
                out.addAll(range(icd(e.substring(0, dash)), icd(e.substring(dash + 1))));
            }
        }
        return List.copyOf(out);
    }

    static List<String> range(String from, String to) {
        if (from.length() != to.length() || from.length() < 3 || from.compareTo(to) > 0
                || !from.regionMatches(0, to, 0, from.length() - 2)) {
            throw new IllegalStateException("Bad ICD-10-CM range " + from + "-" + to
                    + " (both ends of one length, at least a category, differing in the last two characters only)");
        }
        var stem = from.substring(0, from.length() - 2);
        var out = new ArrayList<String>();
        for (char a : CHARACTERS.toCharArray()) {
            for (char b : CHARACTERS.toCharArray()) {
                var code = stem + a + b;
                if (code.compareTo(from) >= 0 && code.compareTo(to) <= 0 && Character.isDigit(code.charAt(1))) {
                    out.add(code);
                }
            }
        }
        return out;
    }
}
