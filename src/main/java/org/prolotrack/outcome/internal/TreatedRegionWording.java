package org.prolotrack.outcome.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.prolotrack.outcome.Collection;
import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.QuestionnaireWording;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * Asks the collection's questions about its series' treated region when the patient has two or more series (not
 * counting drafts), so that a knee series and a low-back series each get pain scores about their own region.
 * Callers have checked access (a clinic user) or hold the patient's personal link.
 */
@Component
class TreatedRegionWording implements QuestionnaireWording {

    private final Instruments instruments;
    private final TreatmentPlans plans;

    TreatedRegionWording(Instruments instruments, TreatmentPlans plans) {
        this.instruments = instruments;
        this.plans = plans;
    }

    @Override
    public List<Instrument> asked(Collection c) {
        var list = c.instruments().stream().map(code -> instruments.find(code).orElseThrow()).toList();
        if (c.planId() == null) {
            return list;
        }
        var series = plans.forPatient(c.patientId()).stream()
                .filter(p -> p.status() != TreatmentPlanView.Status.DRAFT).toList();
        if (series.size() < 2) {
            return list;
        }
        var region = series.stream().filter(p -> p.id().equals(c.planId())).findFirst().map(TreatedRegionWording::region)
                .orElse(null);
        return list.stream().map(i -> i.forRegion(region)).toList();
    }

    /** e.g. "right knee", "knee" (both or mixed sides), "knee and pelvis"; null when the series has no targets. */
    static String region(TreatmentPlanView plan) {
        var regions = plan.targets().stream().map(TreatmentPlanView.PlannedTarget::region).distinct().toList();
        if (regions.isEmpty()) {
            return null;
        }
        var sides = plan.targets().stream().map(TreatmentPlanView.PlannedTarget::laterality).distinct().toList();
        var side = sides.size() == 1 && ("LEFT".equals(sides.getFirst()) || "RIGHT".equals(sides.getFirst()))
                ? sides.getFirst().toLowerCase(Locale.ROOT) + " " : "";
        return side + regions.stream().map(r -> "lumbar".equals(r) ? "lower back" : r.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "));
    }
}
