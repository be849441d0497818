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
 */
public record Instrument(String code, String name, String knowledgeVersion, String recall, String direction,
                         String licence, Loinc loinc, List<Item> items, List<Scale> scales, String primaryScale,
                         String missingRule, String missingRuleSource, String missingRuleCertainty,
                         List<Threshold> thresholds, List<String> sources) {

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
