package org.prolotrack.web.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.outcome.InstrumentJudgement;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.OutcomeChart;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.ResponderAnalysis;
import org.prolotrack.outcome.ResponderReviews;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outcomes panel of the patient chart: scores over time, the schedule, paper entry, responder reviews. */
@Controller
class OutcomesPanelController {

    private final OutcomeRecords records;
    private final Instruments instruments;
    private final TreatmentPlans plans;
    private final ResponderReviews reviews;
    private final String publicUrl;

    OutcomesPanelController(OutcomeRecords records, Instruments instruments, TreatmentPlans plans,
                            ResponderReviews reviews, @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.records = records;
        this.instruments = instruments;
        this.plans = plans;
        this.reviews = reviews;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/patients/{id}/panels/outcomes")
    String panel(@PathVariable UUID id, Model model) {
        var history = records.history(id); // checks access and audits
        model.addAttribute("pid", id);
        model.addAttribute("history", history.stream().sorted(Comparator.comparing(RecordedOutcome::collectedOn).reversed()).toList());
        model.addAttribute("chart", OutcomeChart.of(history, records.sessions(id), instruments));
        model.addAttribute("collections", records.collections(id));
        model.addAttribute("today", LocalDate.now());
        var planList = plans.forPatient(id);
        Map<UUID, List<ResponderAnalysis>> byPlan = new LinkedHashMap<>();
        Map<UUID, List<InstrumentJudgement>> judged = new LinkedHashMap<>();
        planList.forEach(p -> {
            byPlan.put(p.id(), reviews.reviews(p.id()));
            judged.put(p.id(), reviews.judgements(p.id()));
        });
        model.addAttribute("judgements", judged);
        model.addAttribute("plans", planList);
        model.addAttribute("reviews", byPlan);
        model.addAttribute("instruments", instruments.all());
        model.addAttribute("decisions", ResponderAnalysis.Decision.values());
        return "outcome/panel";
    }

    @GetMapping("/patients/{id}/panels/outcomes/paper")
    String paperForm(@PathVariable UUID id, @RequestParam String instrument, @RequestParam(required = false) UUID collection,
                     Model model) {
        model.addAttribute("pid", id);
        model.addAttribute("instrument", instruments.find(instrument).orElseThrow(() -> new org.prolotrack.outcome.UnknownInstrumentException(instrument)));
        model.addAttribute("collectionId", collection);
        model.addAttribute("answers", Map.of());
        model.addAttribute("collectedOn", LocalDate.now().toString());
        return "outcome/paper";
    }

    @PostMapping("/patients/{id}/panels/outcomes/paper")
    String paper(@PathVariable UUID id, @RequestParam String instrument, @RequestParam(required = false) UUID collectionId,
                 @RequestParam(required = false) UUID planId, @RequestParam(required = false) String collectedOn,
                 @RequestParam Map<String, String> form, Model model) {
        var ins = instruments.find(instrument).orElseThrow(() -> new org.prolotrack.outcome.UnknownInstrumentException(instrument));
        List<Integer> answers = new ArrayList<>();
        String error = null;
        for (int i = 0; i < ins.items().size(); i++) {
            var v = form.get("a" + i);
            try {
                answers.add(v == null || v.isBlank() ? null : Integer.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                answers.add(null);
                error = "Answer " + (i + 1) + " is not a number.";
            }
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(collectedOn == null ? "" : collectedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
            error = "Enter the date the form was filled in (yyyy-mm-dd).";
        }
        if (error == null) {
            try {
                records.recordPaper(id, planId, collectionId, instrument, answers, on);
                return panel(id, model);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("pid", id);
        model.addAttribute("instrument", ins);
        model.addAttribute("collectionId", collectionId);
        model.addAttribute("answers", form);
        model.addAttribute("collectedOn", collectedOn);
        model.addAttribute("error", error);
        return "outcome/paper";
    }

    @PostMapping("/patients/{id}/panels/outcomes/collections/{collectionId}/link")
    String link(@PathVariable UUID id, @PathVariable UUID collectionId, Model model) {
        var token = records.issueLink(collectionId);
        model.addAttribute("issuedLink", publicUrl + "/q/o/" + token);
        return panel(id, model);
    }

    @PostMapping("/patients/{id}/panels/outcomes/plans/{planId}/review")
    String review(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        reviews.review(planId);
        return panel(id, model);
    }

    @PostMapping("/patients/{id}/panels/outcomes/reviews/{reviewId}/decision")
    String decide(@PathVariable UUID id, @PathVariable UUID reviewId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model) {
        if (decision == null || decision.isBlank() || note == null || note.isBlank()) {
            model.addAttribute("decisionError", reviewId);
            model.addAttribute("decisionNote", note);
            return panel(id, model);
        }
        reviews.decide(reviewId, ResponderAnalysis.Decision.valueOf(decision), note);
        return panel(id, model);
    }
}
