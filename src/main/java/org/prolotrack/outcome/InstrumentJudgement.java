package org.prolotrack.outcome;

import java.math.BigDecimal;

/**
 * One instrument's change for a plan, judged against its threshold from the knowledge files.
 *
 * @param change          latest minus baseline, as scored (negative = a fall); null without a baseline
 * @param percentChange   change as a percentage of the baseline (signed like change); null without one
 * @param improved        whether the change is in the better direction of the instrument (null when no change)
 * @param reached         whether the threshold is reached; null when the instrument has no verified threshold
 * @param threshold       the threshold in words (kind, size), or "none verified"
 * @param thresholdSource where the threshold comes from, and its certainty, in the knowledge file
 * @param note            what the reader must know: population, why nothing is judged, the smallest detectable
 *                        change where one is known (never a judgement of meaningful change)
 * @param previous        the score at the time point before the latest, when that is not the baseline (null with
 *                        fewer than three scores): a goal reached at the latest time point is confirmed by it
 */
public record InstrumentJudgement(String instrumentCode, String scale, BigDecimal baseline, BigDecimal latest,
                                  BigDecimal change, BigDecimal percentChange, Boolean improved, Boolean reached,
                                  String threshold, String thresholdSource, String thresholdCertainty, String note,
                                  String knowledgeVersion, boolean primary, BigDecimal previous) {

    /** One line with everything, for the recorded review. */
    public String summary() {
        return instrumentCode + (primary ? " (primary)" : "") + " " + scale + ": baseline " + plain(baseline)
                + ", latest " + plain(latest) + ", change " + plain(change) + " (" + plain(percentChange) + "%)"
                + ", threshold " + threshold + ", reached " + (reached == null ? "not judged" : reached ? "yes" : "no")
                + (thresholdSource == null ? "" : " [" + thresholdSource + "; " + thresholdCertainty + "]")
                + (note == null ? "" : " - " + note) + " {" + knowledgeVersion + "}";
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
