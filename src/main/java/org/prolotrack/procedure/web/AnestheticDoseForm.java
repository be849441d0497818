package org.prolotrack.procedure.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.prolotrack.procedure.AdditionalAnesthetics.NewDose;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Anesthetic given outside the syringes, as typed on the note page. {@code anestheticStock} is
 * {@code <agent>:<stock %>}, e.g. {@code lidocaine:1}.
 */
record AnestheticDoseForm(String purpose, String siteText, String anestheticStock, BigDecimal volumeMl,
                          String lotNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiry)
        implements java.io.Serializable {

    static AnestheticDoseForm empty() {
        return new AnestheticDoseForm("SKIN_WHEAL", "", "lidocaine:1", null, "", null);
    }

    NewDose dose() {
        String agent = null;
        BigDecimal percent = null;
        if (anestheticStock != null && anestheticStock.contains(":")) {
            var parts = anestheticStock.split(":", 2);
            agent = parts[0];
            try {
                percent = new BigDecimal(parts[1]);
            } catch (NumberFormatException e) {
                percent = null; // refused by the service as a stock not on file
            }
        }
        return new NewDose(purpose, siteText, agent, percent, volumeMl, lotNumber, expiry);
    }
}
