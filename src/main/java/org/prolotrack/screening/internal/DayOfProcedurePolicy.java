package org.prolotrack.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNoteView.Pregnancy;
import org.prolotrack.screening.ScreeningEngine;
import org.prolotrack.screening.ScreeningResult;
import org.springframework.stereotype.Component;

/**
 * The parts of the day-of-procedure check that depend on the screening and the sites: a pregnancy reported today
 * that the screening did not weigh (rule PREGNANCY) needs a new screening; an anticoagulant other than aspirin
 * continued before an injection at a site of intermediate or high bleeding risk (body-sites.json bleedingRisk, after
 * the ASRA/ESRA interventional pain guideline, rule ANTICOAGULANT_THERAPY) refuses signing. Fever, skin, a new
 * anticoagulant and changes since the screening refuse on the note itself.
 */
@Component
class DayOfProcedurePolicy {

    private final ScreeningEngine engine;

    DayOfProcedurePolicy(ScreeningEngine engine) {
        this.engine = engine;
    }

    List<String> refusals(ProcedureNoteView note, ScreeningResult screening, SeriesCourse course) {
        var out = new ArrayList<String>();
        var check = note.dayCheck();
        if (check == null) {
            return out; // the note itself asks for the check
        }
        boolean pregnant = check.pregnancy() == Pregnancy.POSSIBLE || check.pregnancy() == Pregnancy.PREGNANT;
        boolean weighed = screening.findings().stream().anyMatch(f -> f.ruleId().equals("PREGNANCY"));
        if (pregnant && !weighed) {
            out.add("a screening that weighs the pregnancy reported today (" + check.pregnancy().name().toLowerCase(java.util.Locale.ROOT)
                    + "): add it to the problem list and screen again (rule PREGNANCY)");
        }
        if ("CONTINUED_OTHER".equals(note.checklist().anticoagulantStatus())) {
            var sites = engine.knowledge().sites();
            for (var region : course.regions()) {
                boolean known = sites.regions().stream().anyMatch(r -> r.id().equals(region));
                if (!known || !sites.region(region).lowBleedingRisk()) {
                    var tier = known ? sites.region(region).bleedingRisk().tier().name().toLowerCase(java.util.Locale.ROOT) : "unknown";
                    out.add("the anticoagulant held before injecting the " + (known ? sites.region(region).label()
                            .toLowerCase(java.util.Locale.ROOT) : region) + " (" + tier + " bleeding risk after the ASRA/ESRA interventional "
                            + "pain guideline, Narouze 2018): it was recorded as continued (rule ANTICOAGULANT_THERAPY)");
                }
            }
        }
        return out;
    }
}
