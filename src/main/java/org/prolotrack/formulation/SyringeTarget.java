package org.prolotrack.formulation;

import java.math.BigDecimal;

/**
 * What one syringe should contain: a final volume, a final dextrose concentration made from a dextrose stock,
 * optionally a final local anesthetic concentration, the rest made up with a diluent.
 *
 * @param dextrose   null: no dextrose
 * @param anesthetic null: no anesthetic
 * @param diluent    a DILUENT stock id, e.g. {@code normal-saline} or {@code sterile-water}
 */
public record SyringeTarget(BigDecimal finalVolumeMl, Dextrose dextrose, Anesthetic anesthetic, String diluent) {

    public record Dextrose(BigDecimal stockPercent, BigDecimal finalPercent) { }

    /** @param agent e.g. {@code lidocaine} or {@code procaine} */
    public record Anesthetic(String agent, BigDecimal stockPercent, BigDecimal finalPercent) { }
}
