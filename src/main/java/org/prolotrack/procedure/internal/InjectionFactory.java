package org.prolotrack.procedure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.knowledge.AnatomicalCatalogue;
import org.prolotrack.procedure.InjectionRefused;
import org.prolotrack.procedure.ProcedureNoteView.Injection;
import org.prolotrack.procedure.ProcedureNotes.NewInjection;
import org.springframework.stereotype.Component;

/**
 * Turns what the clinician entered into an injection: the site from the catalogue, the syringe's recipe from the
 * formulation calculator, and a lot and expiry for every stock in it (none expired on the day of the session).
 */
@Component
class InjectionFactory {

    private static final Set<String> SIDES = Set.of("LEFT", "RIGHT");
    static final String ONE_ROW_PER_SIDE = "Both sides are two injections, each with its own syringe, and are billed "
            + "as two: enter one row per side (LEFT and RIGHT).";
    private static final Set<String> GUIDANCE = Set.of("ULTRASOUND", "FLUOROSCOPY", "LANDMARK");

    private final AnatomicalCatalogue knowledge;
    private final FormulationCalculator calculator;

    InjectionFactory(AnatomicalCatalogue knowledge, FormulationCalculator calculator) {
        this.knowledge = knowledge;
        this.calculator = calculator;
    }

    Injection create(NewInjection in, LocalDate performedOn) {
        var site = knowledge.site(in.siteId()).orElseThrow(() ->
                new IllegalArgumentException("No site '" + in.siteId() + "' in the anatomical catalogue."));
        String laterality;
        if (site.lateral()) {
            laterality = in.laterality() == null ? "" : in.laterality().trim().toUpperCase(Locale.ROOT);
            if ("BILATERAL".equals(laterality)) {
                throw new InjectionRefused("laterality", ONE_ROW_PER_SIDE);
            }
            if (!SIDES.contains(laterality)) {
                throw new InjectionRefused("laterality", site.name() + " needs a side: LEFT or RIGHT.");
            }
        } else {
            laterality = "MIDLINE";
        }
        var guidance = in.guidance() == null || in.guidance().isBlank() ? site.usualGuidance()
                : in.guidance().trim().toUpperCase(Locale.ROOT);
        if (!GUIDANCE.contains(guidance)) {
            throw new IllegalArgumentException("Guidance must be ULTRASOUND, FLUOROSCOPY or LANDMARK.");
        }
        if (in.syringe() == null) {
            throw new IllegalArgumentException("Give the syringe's formulation.");
        }
        var syringe = calculator.calculate(in.syringe());
        if (in.volumeInjectedMl() == null || in.volumeInjectedMl().signum() <= 0
                || in.volumeInjectedMl().compareTo(syringe.finalVolumeMl()) > 0) {
            throw new IllegalArgumentException("The volume injected must be more than 0 mL and at most the syringe's "
                    + syringe.finalVolumeMl() + " mL.");
        }
        var lots = in.lots() == null ? List.<org.prolotrack.procedure.ProcedureNoteView.Lot>of() : in.lots();
        for (var component : syringe.components()) {
            var lot = lots.stream().filter(l -> component.stockId().equals(l.stockId())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("Record the lot number and expiry of " + component.name() + "."));
            if (lot.lotNumber() == null || lot.lotNumber().isBlank() || lot.expiry() == null) {
                throw new IllegalArgumentException("Record the lot number and expiry of " + component.name() + ".");
            }
            if (lot.expiry().isBefore(performedOn)) {
                throw new IllegalArgumentException(component.name() + " lot " + lot.lotNumber() + " expired on "
                        + lot.expiry() + ", before the session.");
            }
        }
        var used = syringe.components().stream().map(c -> c.stockId()).collect(Collectors.toSet());
        var recipe = syringe.components().stream().map(c -> c.name() + " " + c.volumeMl().toPlainString() + " mL")
                .collect(Collectors.joining(" + "));
        return new Injection(UUID.randomUUID(), site.id(), site.name(), site.structureKind(), laterality,
                site.intraArticular(), guidance, syringe.finalVolumeMl(), syringe.finalDextrosePercent(),
                syringe.anestheticAgent(), syringe.finalAnestheticPercent(), in.syringe().diluent() == null
                        ? "normal-saline" : in.syringe().diluent(), recipe, syringe.anestheticMg(),
                in.volumeInjectedMl().setScale(1, java.math.RoundingMode.HALF_UP), blankToNull(in.needle()),
                lots.stream().filter(l -> used.contains(l.stockId())).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
