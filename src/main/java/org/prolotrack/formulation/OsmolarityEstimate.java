package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Σ(component mL × stock mOsm/L) ÷ final mL over the stocks with a known osmolarity; says which were left out. */
record OsmolarityEstimate(BigDecimal value, String basis) {

    static OsmolarityEstimate of(List<Syringe.Component> components, List<Stock> stocks, BigDecimal volume) {
        var sum = BigDecimal.ZERO;
        var unknown = new ArrayList<String>();
        for (var c : components) {
            if (c.volumeMl().signum() == 0) {
                continue;
            }
            var stock = stocks.stream().filter(s -> s.id().equals(c.stockId())).findFirst().orElseThrow();
            if (stock.osmolarityMosmPerL() == null) {
                unknown.add(stock.name() + " (" + c.volumeMl().toPlainString() + " mL)");
            } else {
                sum = sum.add(stock.osmolarityMosmPerL().multiply(c.volumeMl()));
            }
        }
        var value = sum.divide(volume, 1, RoundingMode.HALF_UP);
        var basis = unknown.isEmpty()
                ? "Estimate from the stocks' osmolarity (derived; dextrose 2530 mOsm/L for D50)."
                : "Estimate leaves out " + String.join(", ", unknown)
                        + ": no verified osmolarity on file, so the true value is higher.";
        return new OsmolarityEstimate(value, basis);
    }
}
