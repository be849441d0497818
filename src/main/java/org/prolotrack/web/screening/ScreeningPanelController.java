package org.prolotrack.web.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.problem.FieldProblemException;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.Screenings;
import org.prolotrack.screening.Severity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The chart's screening panel (htmx fragment): run a screening, read its findings by severity, record a decision. */
@Controller
class ScreeningPanelController {

    /** What the clinician chose to screen. */
    record RunForm(String planId, String region, String laterality, List<String> agents) { }

    /** The clinician's decision, kept as typed when it is refused. */
    record DecisionForm(String decision, String reason) { }

    private final Screenings screenings;
    private final TreatmentPlans plans;

    ScreeningPanelController(Screenings screenings, TreatmentPlans plans) {
        this.screenings = screenings;
        this.plans = plans;
    }

    @GetMapping("/patients/{patientId}/panels/screening")
    String panel(@PathVariable UUID patientId, Model model) {
        return render(patientId, model, new RunForm("", "", "", List.of()), new DecisionForm("", ""), Map.of(), null);
    }

    @PostMapping("/patients/{patientId}/panels/screening")
    String run(@PathVariable UUID patientId, @ModelAttribute RunForm form, Model model) {
        var errors = new LinkedHashMap<String, String>();
        var agents = form.agents() == null ? List.<String>of() : form.agents();
        try {
            if (form.planId() != null && !form.planId().isBlank()) {
                if (form.region() != null && !form.region().isBlank()) {
                    errors.put("region", "A screening for a series takes its sites from the series: choose the series or a site, not both.");
                } else {
                    screenings.screenSeries(patientId, UUID.fromString(form.planId()), agents);
                }
            } else {
                var sites = form.region() == null || form.region().isBlank() ? List.<PlannedCourse.Site>of()
                        : List.of(new PlannedCourse.Site(form.region(), Laterality.parse(form.laterality())));
                screenings.screen(patientId, new PlannedCourse(sites, agents));
            }
        } catch (FieldProblemException e) {
            e.fieldErrors().forEach((k, v) -> errors.put(k.equals("planId") ? "planId" : "run", v));
        } catch (IllegalArgumentException e) {
            errors.put("run", e.getMessage());
        }
        return render(patientId, model, form, new DecisionForm("", ""), errors, null);
    }

    @PostMapping("/patients/{patientId}/panels/screening/{screeningId}/decision")
    String decide(@PathVariable UUID patientId, @PathVariable UUID screeningId, @ModelAttribute DecisionForm form,
                  Model model) {
        var errors = new LinkedHashMap<String, String>();
        try {
            Decision decision = form.decision() == null || form.decision().isBlank() ? null : Decision.valueOf(form.decision());
            screenings.decide(patientId, screeningId, decision, form.reason());
            form = new DecisionForm("", "");
        } catch (org.prolotrack.problem.Refusal e) {
            if (e.details().get("errors") instanceof Map<?, ?> fields) {
                fields.forEach((k, v) -> errors.put(String.valueOf(k), String.valueOf(v)));
            } else {
                errors.put("decision", e.detail());
            }
        } catch (IllegalArgumentException e) {
            errors.put("decision", "Choose proceed or do not proceed.");
        }
        return render(patientId, model, new RunForm("", "", "", List.of()), form, errors, screeningId);
    }

    private String render(UUID patientId, Model model, RunForm run, DecisionForm decision, Map<String, String> errors,
                          UUID decidedScreening) {
        var list = screenings.list(patientId);
        var latest = list.isEmpty() ? null : list.getFirst();
        model.addAttribute("patientId", patientId);
        model.addAttribute("latest", latest);
        model.addAttribute("older", list.size() > 1 ? list.subList(1, Math.min(list.size(), 6)) : List.of());
        model.addAttribute("severities", List.of(Severity.ABSOLUTE, Severity.RELATIVE, Severity.MISSING_FACT, Severity.INFO));
        model.addAttribute("options", screenings.options());
        model.addAttribute("series", plans.forPatient(patientId).stream()
                .filter(p -> p.status().isOpen()).toList());
        model.addAttribute("runForm", run);
        model.addAttribute("decisionForm", decision);
        model.addAttribute("errors", errors);
        model.addAttribute("decidedScreening", decidedScreening);
        return "screening/panel";
    }
}
