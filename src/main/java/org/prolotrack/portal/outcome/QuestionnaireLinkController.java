package org.prolotrack.portal.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prolotrack.outcome.Collection;
import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.QuestionnaireWording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The questionnaires a patient fills from a personal link (no account; phone-sized). Unanswered questions are
 * allowed: the answers are kept, and a scale the manual cannot score stays without a score.
 */
@Controller
class QuestionnaireLinkController {

    private final OutcomeRecords records;
    private final QuestionnaireWording wording;

    QuestionnaireLinkController(OutcomeRecords records, QuestionnaireWording wording) {
        this.records = records;
        this.wording = wording;
    }

    /** The questions as asked: about the treated region when the patient has more than one series. */
    private List<Instrument> of(Collection c) {
        return wording.asked(c);
    }

    @GetMapping("/q/o/{token}")
    String form(@PathVariable String token, Model model) {
        var c = records.openByLink(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("collection", c);
        model.addAttribute("instruments", of(c));
        model.addAttribute("token", token);
        return c.status() == Collection.Status.COMPLETED ? "outcome/questionnaire-done" : "outcome/questionnaire";
    }

    @PostMapping("/q/o/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> form, Model model) {
        var c = records.openByLink(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (var instrument : of(c)) {
            if (form.keySet().stream().noneMatch(k -> k.startsWith(instrument.code() + "_"))) {
                continue; // not one answer: nothing to store for this questionnaire
            }
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < instrument.items().size(); i++) {
                var v = form.get(instrument.code() + "_" + i);
                list.add(v == null || v.isBlank() ? null : parse(v));
            }
            answers.put(instrument.code(), list);
        }
        try {
            records.submitByLink(token, answers);
        } catch (IllegalArgumentException e) {
            model.addAttribute("collection", c);
            model.addAttribute("instruments", of(c));
            model.addAttribute("token", token);
            model.addAttribute("error", e.getMessage());
            return "outcome/questionnaire";
        }
        model.addAttribute("collection", c);
        return "outcome/questionnaire-done";
    }

    private static Integer parse(String v) {
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Answers are numbers.");
        }
    }
}
