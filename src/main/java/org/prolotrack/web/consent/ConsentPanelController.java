package org.prolotrack.web.consent;

import java.util.Map;
import java.util.UUID;

import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The consent panel of the chart, and signing on the clinic's tablet. */
@Controller
class ConsentPanelController {

    private final Consents consents;
    private final TreatmentPlans plans;
    private final PatientRecords patients;

    ConsentPanelController(Consents consents, TreatmentPlans plans, PatientRecords patients) {
        this.consents = consents;
        this.plans = plans;
        this.patients = patients;
    }

    @GetMapping("/patients/{id}/panels/consent")
    String panel(@PathVariable UUID id, Model model) {
        return panelOf(id, model);
    }

    private String panelOf(UUID patientId, Model model) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("consents", consents.forPatient(patientId));
        model.addAttribute("plans", plans.forPatient(patientId));
        return "consent/panel :: panel";
    }

    @PostMapping("/patients/{id}/consents")
    String prepare(@PathVariable UUID id, @RequestParam UUID planId, Model model) {
        var plan = plans.find(planId).filter(p -> p.patientId().equals(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        consents.prepare(plan.id());
        return panelOf(id, model);
    }

    @PostMapping("/consents/{consentId}/link")
    String link(@PathVariable UUID consentId, Model model) {
        var consent = existing(consentId);
        model.addAttribute("issuedLinkFor", consentId);
        model.addAttribute("issuedLink", "/q/s/" + consents.issueLink(consentId));
        return panelOf(consent.patientId(), model);
    }

    @PostMapping("/consents/{consentId}/withdraw")
    String withdraw(@PathVariable UUID consentId, @RequestParam(defaultValue = "") String reason, Model model) {
        var consent = existing(consentId);
        try {
            consents.withdraw(consentId, reason);
        } catch (ConsentException e) {
            model.addAttribute("withdrawErrorsFor", consentId);
            model.addAttribute("withdrawErrors", e.fieldErrors().isEmpty()
                    ? Map.of("reason", e.detail()) : e.fieldErrors());
            model.addAttribute("withdrawReason", reason);
        }
        return panelOf(consent.patientId(), model);
    }

    @GetMapping("/consents/{consentId}/sign")
    String signPage(@PathVariable UUID consentId, Model model) {
        var consent = existing(consentId);
        var chart = patients.get(consent.patientId());
        return page(model, consent, SignForm.empty(chart.fullName()), Map.of());
    }

    @PostMapping("/consents/{consentId}/sign")
    String sign(@PathVariable UUID consentId, @ModelAttribute SignForm form, Model model) {
        var consent = existing(consentId);
        try {
            consents.sign(consentId, new Consents.Signature(form.signerName(), form.signerRelationship(), form.signature()));
        } catch (ConsentException e) {
            return page(model, consent, form, e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors());
        }
        return "redirect:/patients/" + consent.patientId();
    }

    @GetMapping("/consents/{consentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID consentId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"consent-" + consentId + ".pdf\"")
                .body(consents.pdf(consentId));
    }

    private String page(Model model, ConsentView consent, SignForm form, Map<String, String> errors) {
        model.addAttribute("consent", consent);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/consents/" + consent.id() + "/sign");
        model.addAttribute("back", "/patients/" + consent.patientId());
        model.addAttribute("pdf", "/consents/" + consent.id() + "/pdf");
        return "consent/sign";
    }

    private ConsentView existing(UUID consentId) {
        return consents.find(consentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
