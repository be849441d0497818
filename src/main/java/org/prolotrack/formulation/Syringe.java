package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A syringe recipe: each component's volume to 0.1 mL (summing exactly to the final volume), the final
 * concentrations computed back from those rounded volumes, the anesthetic in mg and an osmolarity estimate.
 *
 * @param osmolarityBasis what the estimate includes and leaves out
 * @param warnings        concentration warnings for the route it is given by (knowledge thresholds with their
 *                        source); they do not block
 */
public record Syringe(List<Component> components, BigDecimal finalVolumeMl, BigDecimal finalDextrosePercent,
                      String anestheticAgent, BigDecimal finalAnestheticPercent, BigDecimal anestheticMg,
                      BigDecimal osmolarityMosmPerL, String osmolarityBasis, String knowledgeVersion,
                      List<String> warnings) {

    /** @param role DEXTROSE, ANESTHETIC or DILUENT */
    public record Component(String stockId, String name, String role, BigDecimal volumeMl) { }
}
