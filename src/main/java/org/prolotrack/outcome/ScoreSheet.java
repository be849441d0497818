package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The scores of one set of answers.
 *
 * @param scores           value per scale name, for the scales that could be scored
 * @param unscored         reason per scale name, for the scales that could not (missing answers beyond the
 *                         manual's rule); a scale is never given a wrong score instead
 * @param knowledgeVersion the instrument definition used
 */
public record ScoreSheet(String instrumentCode, Map<String, BigDecimal> scores, Map<String, String> unscored,
                         String knowledgeVersion) {

    public ScoreSheet {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores)); // in scale order
        unscored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unscored));
    }

    public boolean anyScore() {
        return !scores.isEmpty();
    }
}
