package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Dilution maths: stock mL = final volume × final % ÷ stock % (clinical-reference §1.1, derived), rounded to
 * 0.1 mL; the rounding remainder goes to the diluent so the components add up exactly to the final volume, and
 * the final concentrations are computed again from the rounded volumes. Refuses targets that cannot be mixed.
 */
public final class FormulationCalculator {

    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal MAX_VOLUME_ML = new BigDecimal("100");

    private final List<Stock> stocks;
    private final List<String> routes;
    private final List<DextroseConcentrationWarning> concentrationWarnings;
    private final String knowledgeVersion;

    /** A calculator without concentration warnings (every route is accepted and none warns). */
    public FormulationCalculator(List<Stock> stocks, String knowledgeVersion) {
        this(stocks, List.of(), List.of(), knowledgeVersion);
    }

    /**
     * @param routes                the routes a syringe may be given by (e.g. INTRA_ARTICULAR, PERINEURAL)
     * @param concentrationWarnings dextrose concentrations warned about per route
     */
    public FormulationCalculator(List<Stock> stocks, List<String> routes,
                                 List<DextroseConcentrationWarning> concentrationWarnings, String knowledgeVersion) {
        this.stocks = List.copyOf(stocks);
        this.routes = List.copyOf(routes);
        this.concentrationWarnings = List.copyOf(concentrationWarnings);
        this.knowledgeVersion = knowledgeVersion;
    }

    /** The routes a syringe may be given by, in the knowledge file's order. */
    public List<String> routes() {
        return routes;
    }

    public List<Stock> stocks() {
        return stocks;
    }

    /**
     * The recipe, with warnings for its route (null or blank: no route given, nothing to warn about).
     *
     * @throws ImpossibleFormulation also for a route that is not on file
     */
    public Syringe calculate(SyringeTarget target, String route) {
        var syringe = calculate(target);
        var warnings = concentrationWarnings(route, syringe.finalDextrosePercent());
        return warnings.isEmpty() ? syringe : new Syringe(syringe.components(), syringe.finalVolumeMl(),
                syringe.finalDextrosePercent(), syringe.anestheticAgent(), syringe.finalAnestheticPercent(),
                syringe.anestheticMg(), syringe.osmolarityMosmPerL(), syringe.osmolarityBasis(),
                syringe.knowledgeVersion(), warnings);
    }

    /** The warnings for a final dextrose concentration given by a route (null or blank route: none). */
    public List<String> concentrationWarnings(String route, BigDecimal finalDextrosePercent) {
        if (route == null || route.isBlank()) {
            return List.of();
        }
        var r = route.trim().toUpperCase(Locale.ROOT);
        if (!routes.isEmpty() && !routes.contains(r)) {
            throw new ImpossibleFormulation("No route '" + route.trim() + "' on file; have " + routes + ".");
        }
        return concentrationWarnings.stream().filter(w -> w.route().equals(r)).map(w -> w.judge(finalDextrosePercent))
                .filter(Objects::nonNull).toList();
    }

    /** A syringe given by no particular route: no concentration warnings. */
    public Syringe calculate(SyringeTarget target) {
        Objects.requireNonNull(target, "a target is required");
        var volume = requireVolume(target.finalVolumeMl());
        var diluent = stock("DILUENT", target.diluent() == null ? "normal-saline" : target.diluent());

        Stock dextroseStock = null;
        var dextroseMl = BigDecimal.ZERO;
        if (target.dextrose() != null) {
            dextroseStock = stockWithPercent("DEXTROSE", "dextrose", target.dextrose().stockPercent());
            dextroseMl = componentVolume("dextrose", volume, dextroseStock, target.dextrose().finalPercent());
        }
        Stock anestheticStock = null;
        var anestheticMl = BigDecimal.ZERO;
        if (target.anesthetic() != null) {
            var agent = target.anesthetic().agent() == null ? "" : target.anesthetic().agent().trim().toLowerCase(Locale.ROOT);
            anestheticStock = stockWithPercent("ANESTHETIC", agent, target.anesthetic().stockPercent());
            anestheticMl = componentVolume(agent, volume, anestheticStock, target.anesthetic().finalPercent());
        }
        var diluentMl = volume.subtract(dextroseMl).subtract(anestheticMl);
        if (diluentMl.signum() < 0) {
            throw new ImpossibleFormulation("The stocks alone need " + dextroseMl.add(anestheticMl).toPlainString()
                    + " mL, more than the final volume of " + volume.toPlainString()
                    + " mL: lower a concentration or use a stronger stock.");
        }

        var components = new ArrayList<Syringe.Component>();
        if (dextroseStock != null) {
            components.add(new Syringe.Component(dextroseStock.id(), dextroseStock.name(), "DEXTROSE", dextroseMl));
        }
        if (anestheticStock != null) {
            components.add(new Syringe.Component(anestheticStock.id(), anestheticStock.name(), "ANESTHETIC", anestheticMl));
        }
        components.add(new Syringe.Component(diluent.id(), diluent.name(), "DILUENT", diluentMl));

        var finalDextrose = dextroseStock == null ? BigDecimal.ZERO : concentration(dextroseStock, dextroseMl, volume);
        var finalAnesthetic = anestheticStock == null ? null : concentration(anestheticStock, anestheticMl, volume);
        var mg = anestheticStock == null ? BigDecimal.ZERO
                : anestheticStock.mgPerMl().multiply(anestheticMl).setScale(1, RoundingMode.HALF_UP);
        var osmolarity = OsmolarityEstimate.of(components, stocks, volume);
        return new Syringe(List.copyOf(components), volume, finalDextrose,
                anestheticStock == null ? null : anestheticStock.agent(), finalAnesthetic, mg,
                osmolarity.value(), osmolarity.basis(), knowledgeVersion, List.of());
    }

    private static BigDecimal requireVolume(BigDecimal volume) {
        if (volume == null || volume.signum() <= 0) {
            throw new ImpossibleFormulation("The final volume must be more than 0 mL.");
        }
        if (volume.compareTo(MAX_VOLUME_ML) > 0) {
            throw new ImpossibleFormulation("A syringe of more than " + MAX_VOLUME_ML + " mL is not a plausible target.");
        }
        if (volume.remainder(TENTH).signum() != 0) {
            throw new ImpossibleFormulation("Give the final volume to 0.1 mL (e.g. 10 or 6.5), not " + volume.toPlainString() + ".");
        }
        return volume.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal componentVolume(String what, BigDecimal volume, Stock stock, BigDecimal finalPercent) {
        if (finalPercent == null || finalPercent.signum() < 0) {
            throw new ImpossibleFormulation("The final " + what + " concentration must be 0% or more.");
        }
        if (finalPercent.compareTo(stock.percent()) > 0) {
            throw new ImpossibleFormulation("A final " + what + " concentration of " + finalPercent.toPlainString()
                    + "% cannot be made from a " + stock.percent().stripTrailingZeros().toPlainString()
                    + "% stock: dilution only lowers a concentration.");
        }
        var exact = volume.multiply(finalPercent).divide(stock.percent(), 10, RoundingMode.HALF_UP);
        var rounded = exact.setScale(1, RoundingMode.HALF_UP);
        if (finalPercent.signum() > 0 && rounded.signum() == 0) {
            throw new ImpossibleFormulation("The " + what + " stock needed (" + exact.setScale(2, RoundingMode.HALF_UP)
                    .toPlainString() + " mL) is under 0.1 mL and cannot be drawn up: raise the final volume or the concentration.");
        }
        return rounded;
    }

    private static BigDecimal concentration(Stock stock, BigDecimal stockMl, BigDecimal volume) {
        return stock.percent().multiply(stockMl).divide(volume, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private Stock stock(String kind, String id) {
        return stocks.stream().filter(s -> s.is(kind) && s.id().equals(id)).findFirst().orElseThrow(() ->
                new ImpossibleFormulation("No " + kind.toLowerCase(Locale.ROOT) + " stock '" + id + "' on file; have "
                        + stocks.stream().filter(s -> s.is(kind)).map(Stock::id).toList() + "."));
    }

    private Stock stockWithPercent(String kind, String agent, BigDecimal percent) {
        if (percent == null) {
            throw new ImpossibleFormulation("Say which " + agent + " stock strength (stockPercent) is used.");
        }
        return stocks.stream().filter(s -> s.is(kind) && s.agent().equals(agent) && s.percent().compareTo(percent) == 0)
                .findFirst().orElseThrow(() -> new ImpossibleFormulation("No " + (agent.isEmpty() ? kind.toLowerCase(Locale.ROOT) : agent)
                        + " " + percent.stripTrailingZeros().toPlainString() + "% stock on file; have "
                        + stocks.stream().filter(s -> s.is(kind)).map(s -> s.agent() + " "
                        + s.percent().stripTrailingZeros().toPlainString() + "%").toList() + "."));
    }
}
