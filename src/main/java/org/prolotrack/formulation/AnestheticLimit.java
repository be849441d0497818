package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The most local anesthetic one session may use: min(mgPerKg × weight, maxMg)
 * ({@code knowledge/formulation/anesthetic-limits.json}).
 *
 * @param mgPerKg          null when no per-kg figure is on file (the cap is then maxMg)
 * @param warnAboveMg      a total above this is flagged without blocking (null: none)
 * @param mgPerKgSource    where the per-kg figure comes from when that differs from {@code source} (null: same)
 * @param mgPerKgCertainty the per-kg figure's own certainty (null: that of the entry); shown in every cap
 *                         that is not verified, so an UNVERIFIED figure is never presented as settled
 */
public record AnestheticLimit(String agent, BigDecimal mgPerKg, BigDecimal maxMg, BigDecimal warnAboveMg,
                              String source, String certainty, String mgPerKgSource, String mgPerKgCertainty) {

    public AnestheticLimit(String agent, BigDecimal mgPerKg, BigDecimal maxMg, BigDecimal warnAboveMg, String source,
                           String certainty) {
        this(agent, mgPerKg, maxMg, warnAboveMg, source, certainty, null, null);
    }

    /** The cap for a weight; null weight is only valid when the limit has no per-kg figure. */
    public BigDecimal capFor(BigDecimal weightKg) {
        if (mgPerKg == null) {
            return maxMg;
        }
        var byWeight = mgPerKg.multiply(weightKg).setScale(1, RoundingMode.DOWN);
        return byWeight.min(maxMg);
    }

    public String basis(BigDecimal weightKg) {
        if (mgPerKg == null) {
            return "at most " + maxMg.stripTrailingZeros().toPlainString() + " mg";
        }
        var perKgCertainty = mgPerKgCertainty == null ? certainty : mgPerKgCertainty;
        return mgPerKg.stripTrailingZeros().toPlainString() + " mg/kg"
                + ("V".equals(perKgCertainty) ? "" : " (" + perKgCertainty + ")") + " × "
                + weightKg.stripTrailingZeros().toPlainString() + " kg = "
                + mgPerKg.multiply(weightKg).stripTrailingZeros().toPlainString() + " mg, at most "
                + maxMg.stripTrailingZeros().toPlainString() + " mg";
    }
}
