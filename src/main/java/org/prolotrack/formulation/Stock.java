package org.prolotrack.formulation;

import java.math.BigDecimal;

/**
 * A stock solution ({@code knowledge/formulation/stocks.json}).
 *
 * @param kind                DEXTROSE, ANESTHETIC, DILUENT or PROLIFERANT
 * @param percent             weight/volume concentration of {@code agent}
 * @param mgPerMl             milligrams of agent per mL (null when not meaningful)
 * @param osmolarityMosmPerL  null when there is no verified figure
 */
public record Stock(String id, String name, String kind, String agent, BigDecimal percent, BigDecimal mgPerMl,
                    BigDecimal osmolarityMosmPerL, String source, String certainty) {

    public boolean is(String k) {
        return kind.equals(k);
    }
}
