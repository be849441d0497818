package org.prolotrack.screening.internal.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prolotrack.knowledge.Certainty;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.ScreeningFacts.Code;

/** Body regions (knowledge/screening/body-sites.json) and how a text or a code names one. */
public final class SiteCatalog {

    public record Region(String id, String label, boolean lateral, List<String> terms, List<String> snomed,
                         BleedingRisk bleedingRisk, String source, String certainty) {
        public Region {
            terms = Terms.lowerAll(terms);
            snomed = snomed == null ? List.of() : snomed;
            if (bleedingRisk == null) {
                throw new IllegalStateException("body-sites.json: region " + id + " has no bleedingRisk");
            }
        }

        /** Whether procedures here are of low bleeding risk (peripheral joints and musculoskeletal sites). */
        public boolean lowBleedingRisk() {
            return bleedingRisk.tier() == BleedingTier.LOW;
        }
    }

    /** A procedure bleeding-risk tier after the ASRA/ESRA interventional pain guideline, with its source. */
    public record BleedingRisk(BleedingTier tier, String source, String certainty) {
        public BleedingRisk {
            if (tier == null || source == null || source.isBlank() || certainty == null) {
                throw new IllegalStateException("body-sites.json: a bleedingRisk needs tier, source and certainty");
            }
            Certainty.ofMarker(certainty);
        }
    }

    public enum BleedingTier { LOW, INTERMEDIATE, HIGH }

    private final Map<String, Region> regions = new LinkedHashMap<>();

    SiteCatalog(List<Region> regions) {
        regions.forEach(r -> this.regions.put(r.id(), r));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public Region region(String id) {
        var r = regions.get(id);
        if (r == null) {
            throw new IllegalArgumentException("Unknown site region '" + id + "' (known: " + regions.keySet() + ")");
        }
        return r;
    }

    private final Map<String, Set<String>> textCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The regions a free text and/or codes name (empty when none is recognised). */
    public Set<String> regionsOf(String text, List<Code> codes) {
        if (codes.isEmpty() && text != null) {
            var hit = textCache.get(text);
            if (hit != null) {
                return hit;
            }
            var computed = Set.copyOf(compute(text, codes));
            if (textCache.size() < 100_000) {
                textCache.put(text, computed);
            }
            return computed;
        }
        return compute(text, codes);
    }

    private Set<String> compute(String text, List<Code> codes) {
        var lower = Terms.lower(text);
        var out = new LinkedHashSet<String>();
        for (var r : regions.values()) {
            if (Terms.containsAny(lower, r.terms())) {
                out.add(r.id());
            }
            for (var c : codes) {
                if (r.snomed().contains(c.code())) {
                    out.add(r.id());
                }
            }
        }
        return out;
    }

    /** Laterality named in a text ("left knee", "Right", "bilateral"), or null. */
    public static Laterality lateralityOf(String text) {
        var lower = Terms.lower(text);
        if (Terms.contains(lower, "bilateral") || Terms.contains(lower, "both")) {
            return Laterality.BILATERAL;
        }
        boolean left = Terms.contains(lower, "left") || Terms.contains(lower, "lt");
        boolean right = Terms.contains(lower, "right") || Terms.contains(lower, "rt");
        if (left && right) {
            return Laterality.BILATERAL;
        }
        return left ? Laterality.LEFT : right ? Laterality.RIGHT : null;
    }
}
