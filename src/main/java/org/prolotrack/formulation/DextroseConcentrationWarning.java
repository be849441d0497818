package org.prolotrack.formulation;

import java.math.BigDecimal;

/**
 * A final dextrose concentration above which a syringe given by {@code route} is warned about
 * ({@code knowledge/formulation/dextrose-concentration-warnings.json}). Warns, never blocks.
 *
 * @param route INTRA_ARTICULAR or PERINEURAL
 * @param text  why, in the clinic's words (e.g. "above the 25% the intra-articular trial protocols use")
 */
public record DextroseConcentrationWarning(String route, BigDecimal warnAbovePercent, String text, String source,
                                           String certainty) {

    /** The warning for a syringe of this concentration, or null when it is at or under the threshold. */
    String judge(BigDecimal finalDextrosePercent) {
        if (finalDextrosePercent == null || finalDextrosePercent.compareTo(warnAbovePercent) <= 0) {
            return null;
        }
        return "Final dextrose " + finalDextrosePercent.stripTrailingZeros().toPlainString() + "% "
                + route.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " is " + text + " ("
                + warnAbovePercent.stripTrailingZeros().toPlainString() + "%; " + source + "; " + certainty + ").";
    }
}
