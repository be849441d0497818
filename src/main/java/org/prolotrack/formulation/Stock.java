package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stock solution ({@code knowledge/formulation/stocks.json}).
 *
 * @param kind                DEXTROSE, ANESTHETIC, DILUENT or PROLIFERANT
 * @param percent             weight/volume concentration of {@code agent}
 * @param mgPerMl             milligrams of agent per mL (null when not meaningful)
 * @param osmolarityMosmPerL  null when there is no verified figure
 * @param ingredients         for a mixed stock (e.g. P2G) each ingredient's weight/volume percentage with its own
 *                            source and certainty; null or empty for a single-agent stock
 */
public record Stock(String id, String name, String kind, String agent, BigDecimal percent, BigDecimal mgPerMl,
                    BigDecimal osmolarityMosmPerL, String source, String certainty, List<Ingredient> ingredients) {

    /** One ingredient of a mixed stock: its percentage (w/v) and where that figure comes from. */
    public record Ingredient(String name, BigDecimal percent, String source, String certainty) { }

    public Stock {
        ingredients = ingredients == null ? List.of() : List.copyOf(ingredients);
        for (var i : ingredients) {
            if (i.percent() == null || i.source() == null || i.source().isBlank() || i.certainty() == null) {
                throw new IllegalArgumentException("Stock " + id + ": ingredient " + i.name()
                        + " needs a percent, a source and a certainty");
            }
        }
    }

    public boolean is(String k) {
        return kind.equals(k);
    }
}
