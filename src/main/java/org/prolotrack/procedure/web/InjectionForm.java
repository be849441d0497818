package org.prolotrack.procedure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.prolotrack.formulation.SyringeTarget;
import org.prolotrack.procedure.ProcedureNoteView.Lot;
import org.prolotrack.procedure.ProcedureNotes.NewInjection;

/**
 * One injection as typed: the site, the syringe (as in the formulation calculator) and the lot and expiry of each
 * stock drawn up. {@code anestheticStock} is {@code none} or {@code <agent>:<stock %>}.
 */
record InjectionForm(@NotBlank(message = "Choose a site.") String siteId, String laterality, String guidance,
                     @NotNull(message = "Enter the syringe volume.") @DecimalMin(value = "0.1", message = "At least 0.1 mL.")
                     BigDecimal finalVolumeMl,
                     @NotNull(message = "Enter the final dextrose % (0 for none).") BigDecimal dextrosePercent,
                     String anestheticStock, BigDecimal anestheticPercent, String diluent,
                     @NotNull(message = "Enter the volume injected.") BigDecimal volumeInjectedMl, String needle,
                     String dextroseLot, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dextroseExpiry, String anestheticLot, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate anestheticExpiry,
                     String diluentLot, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diluentExpiry) {

    static InjectionForm empty() {
        return new InjectionForm("", "", "", null, new BigDecimal("15"), "lidocaine:1", new BigDecimal("0.2"),
                "normal-saline", null, "", "", null, "", null, "", null);
    }

    NewInjection injection() {
        SyringeTarget.Anesthetic anesthetic = null;
        String anestheticStockId = null;
        if (anestheticStock != null && anestheticStock.contains(":") && anestheticPercent != null
                && anestheticPercent.signum() > 0) {
            var parts = anestheticStock.split(":", 2);
            anesthetic = new SyringeTarget.Anesthetic(parts[0], new BigDecimal(parts[1]), anestheticPercent);
            anestheticStockId = parts[0] + "-" + new BigDecimal(parts[1]).stripTrailingZeros().toPlainString();
        }
        var dextrose = dextrosePercent.signum() == 0 ? null
                : new SyringeTarget.Dextrose(new BigDecimal("50"), dextrosePercent);
        var diluentId = diluent == null || diluent.isBlank() ? "normal-saline" : diluent;
        var lots = new ArrayList<Lot>();
        if (dextrose != null) {
            lots.add(new Lot("dextrose-50", dextroseLot, dextroseExpiry));
        }
        if (anestheticStockId != null) {
            lots.add(new Lot(anestheticStockId, anestheticLot, anestheticExpiry));
        }
        lots.add(new Lot(diluentId, diluentLot, diluentExpiry));
        return new NewInjection(siteId, laterality, guidance,
                new SyringeTarget(finalVolumeMl, dextrose, anesthetic, diluentId), volumeInjectedMl, needle, lots);
    }
}
