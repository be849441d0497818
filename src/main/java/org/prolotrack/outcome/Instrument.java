package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * A questionnaire as ProloTrack asks it: its items in order, their answer options, the scales it scores and
 * where each rule comes from. Read from the knowledge files under {@code knowledge/outcome/instruments}.
 *
 * @param knowledgeVersion the file and version the definition was read from (recorded with every score)
 * @param direction        LOWER_IS_BETTER, HIGHER_IS_BETTER or NONE (no total to compare)
 * @param primaryScale     the scale responder analysis uses (null when the instrument has none)
 * @param regionWording    item id → the item's text asked about one region ({@code {region}} in it), used when a
 *                         patient has more than one series; empty when the instrument has none
 */
public record Instrument(String code, String name, String knowledgeVersion, String recall, String direction,
                         String licence, Loinc loinc, List<Item> items, List<Scale> scales, String primaryScale,
                         String missingRule, String missingRuleSource, String missingRuleCertainty,
                         List<Threshold> thresholds, List<String> sources, java.util.Map<String, String> regionWording) {

    public Instrument {
        regionWording = regionWording == null ? java.util.Map.of() : java.util.Map.copyOf(regionWording);
    }

    /** The same instrument with its items asked about {@code region} where the knowledge file words them so. */
    public Instrument forRegion(String region) {
        if (regionWording.isEmpty() || region == null || region.isBlank()) {
            return this;
        }
        var asked = items.stream().map(i -> regionWording.containsKey(i.id())
                ? new Item(i.id(), regionWording.get(i.id()).replace("{region}", region), i.options(), i.min(), i.max(),
                        i.unit())
                : i).toList();
        return new Instrument(code, name, knowledgeVersion, recall, direction, licence, loinc, asked, scales,
                primaryScale, missingRule, missingRuleSource, missingRuleCertainty, thresholds, sources, regionWording);
    }

    public record Loinc(String code, String display, String certainty, String source) { }

    /** One question. Either a list of options or a numeric range (min..max). */
    public record Item(String id, String text, List<Option> options, Integer min, Integer max, String unit) {
        public boolean allows(int value) {
            if (options != null && !options.isEmpty()) {
                return options.stream().anyMatch(o -> o.value() == value);
            }
            return min != null && max != null && value >= min && value <= max;
        }
    }

    public record Option(int value, String label) { }

    public record Scale(String name, BigDecimal min, BigDecimal max) { }

    /**
     * A change threshold of a scale. kind: MCID (minimal clinically important difference), MDC95 (minimal
     * detectable change) or RESPONDER_ANCHOR (answers that count as a response, e.g. PGIC 1-2).
     */
    public record Threshold(String scale, String kind, BigDecimal absolute, BigDecimal percent, List<Integer> values,
                            String text, String source, String certainty) { }

    public boolean lowerIsBetter() {
        return "LOWER_IS_BETTER".equals(direction);
    }
}
