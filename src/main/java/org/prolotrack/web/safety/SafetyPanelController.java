package org.prolotrack.web.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.safety.AdverseEvent;
import org.prolotrack.safety.SafetyAlerts;
import org.prolotrack.safety.SafetyRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The safety panel of the patient chart: side effects and adverse events, check-ins, red-flag alerts. */
@Controller
class SafetyPanelController {

    private final SafetyRecords records;
    private final SafetyAlerts alerts;
    private final String publicUrl;

    SafetyPanelController(SafetyRecords records, SafetyAlerts alerts,
                          @org.springframework.beans.factory.annotation.Value("${prolotrack.public-url:http://localhost:8080}")
                          String publicUrl) {
        this.records = records;
        this.alerts = alerts;
        this.publicUrl = publicUrl;
    }

    /** Staff hand a check-in link to a patient (printed or read out): shown once in the panel. */
    @PostMapping("/patients/{id}/panels/safety/check-ins/{checkInId}/link")
    String link(@PathVariable UUID id, @PathVariable UUID checkInId, Model model) {
        try {
            model.addAttribute("issuedLink", publicUrl + "/q/c/" + records.issueCheckInLink(id, checkInId));
        } catch (IllegalArgumentException e) {
            model.addAttribute("linkProblem", e.getMessage());
        }
        return render(id, AdverseEventForm.empty(), Map.of(), model);
    }

    @GetMapping("/patients/{id}/panels/safety")
    String panel(@PathVariable UUID id, Model model) {
        return render(id, AdverseEventForm.empty(), Map.of(), model);
    }

    private String render(UUID id, AdverseEventForm form, Map<String, String> errors, Model model) {
        model.addAttribute("pid", id);
        model.addAttribute("events", records.adverseEvents(id));
        model.addAttribute("checkIns", records.checkIns(id));
        model.addAttribute("alerts", alerts.forPatient(id));
        model.addAttribute("catalogue", records.catalogue());
        model.addAttribute("severities", AdverseEvent.Severity.values());
        model.addAttribute("relatedness", AdverseEvent.Relatedness.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "safety/panel";
    }

    @PostMapping("/patients/{id}/panels/safety/adverse-events")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("form") AdverseEventForm form, BindingResult binding,
                  Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        var onset = date(form.onsetOn(), "onsetOn", errors);
        var resolved = date(form.resolvedOn(), "resolvedOn", errors);
        if (errors.isEmpty()) {
            try {
                records.record(new AdverseEvent.New(id, null, null, form.catalogueCode(), form.description(),
                        AdverseEvent.Severity.valueOf(form.severity()), form.isSerious(),
                        AdverseEvent.Relatedness.valueOf(form.relatedness()), onset, resolved));
                return render(id, AdverseEventForm.empty(), Map.of(), model);
            } catch (IllegalArgumentException e) {
                errors.put("form", e.getMessage());
            }
        }
        return render(id, form, errors, model);
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "Enter a real date as yyyy-mm-dd.");
            return null;
        }
    }
}
