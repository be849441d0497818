package org.prolotrack.web.formulation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.prolotrack.formulation.SyringeTarget;

/**
 * The calculator form as typed. {@code anestheticStock} is {@code none} or {@code <agent>:<stock %>}, e.g.
 * {@code lidocaine:1}. {@code route} (INTRA_ARTICULAR, PERINEURAL, EXTRA_ARTICULAR or blank) selects the
 * concentration warnings.
 */
record CalculatorForm(
        @NotNull(message = "Enter the final volume.") @DecimalMin(value = "0.1", message = "At least 0.1 mL.")
        @DecimalMax(value = "100", message = "At most 100 mL.") BigDecimal finalVolumeMl,
        @NotNull(message = "Enter the final dextrose % (0 for none).") @DecimalMin(value = "0", message = "0% or more.")
        BigDecimal dextrosePercent,
        String anestheticStock,
        @DecimalMin(value = "0", message = "0% or more.") BigDecimal anestheticPercent,
        String diluent,
        String route) {

    static CalculatorForm example() {
        return new CalculatorForm(BigDecimal.TEN, new BigDecimal("15"), "lidocaine:1", new BigDecimal("0.2"), "normal-saline",
                "");
    }

    SyringeTarget target() {
        SyringeTarget.Anesthetic anesthetic = null;
        if (anestheticStock != null && anestheticStock.contains(":") && anestheticPercent != null
                && anestheticPercent.signum() > 0) {
            var parts = anestheticStock.split(":", 2);
            anesthetic = new SyringeTarget.Anesthetic(parts[0], new BigDecimal(parts[1]), anestheticPercent);
        }
        var dextrose = dextrosePercent == null || dextrosePercent.signum() == 0 ? null
                : new SyringeTarget.Dextrose(new BigDecimal("50"), dextrosePercent);
        return new SyringeTarget(finalVolumeMl, dextrose, anesthetic, diluent == null ? "normal-saline" : diluent);
    }
}
