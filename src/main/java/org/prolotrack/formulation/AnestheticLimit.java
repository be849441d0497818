package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The most local anesthetic one session may use: min(mgPerKg × weight, maxMg)
 * ({@code knowledge/formulation/anesthetic-limits.json}).
 *
 * @param mgPerKg     null when the label gives no per-kg figure (the cap is then maxMg)
 * @param warnAboveMg a total above this is flagged without blocking (null: none)
 */
public record AnestheticLimit(String agent, BigDecimal mgPerKg, BigDecimal maxMg, BigDecimal warnAboveMg,
                              String source, String certainty) {

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
        return mgPerKg.stripTrailingZeros().toPlainString() + " mg/kg × " + weightKg.stripTrailingZeros().toPlainString()
                + " kg = " + mgPerKg.multiply(weightKg).stripTrailingZeros().toPlainString() + " mg, at most "
                + maxMg.stripTrailingZeros().toPlainString() + " mg";
    }
}
