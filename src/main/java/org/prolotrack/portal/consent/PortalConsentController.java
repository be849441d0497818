package org.prolotrack.portal.consent;

import java.util.Map;
import java.util.UUID;

import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
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

/** The patient's own consents: read, sign, download, withdraw. Only their own. */
@Controller
class PortalConsentController {

    private final Consents consents;
    private final CurrentUsers users;

    PortalConsentController(Consents consents, CurrentUsers users) {
        this.consents = consents;
        this.users = users;
    }

    @GetMapping("/portal/panels/consent")
    String panel(Model model) {
        model.addAttribute("consents", consents.forPatient(me()));
        return "consent/portal-panel :: panel";
    }

    @GetMapping("/portal/consents/{id}/sign")
    String signPage(@PathVariable UUID id, Model model) {
        return page(model, own(id), PatientSignForm.empty(users.current().orElseThrow().displayName()), Map.of());
    }

    @PostMapping("/portal/consents/{id}/sign")
    String sign(@PathVariable UUID id, @ModelAttribute PatientSignForm form, Model model) {
        var consent = own(id);
        try {
            consents.sign(id, new Consents.Signature(form.signerName(), form.signerRelationship(), form.signature()));
        } catch (ConsentException e) {
            return page(model, consent, form, e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors());
        }
        return "redirect:/portal";
    }

    @PostMapping("/portal/consents/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model) {
        own(id);
        try {
            consents.withdraw(id, reason);
        } catch (ConsentException e) {
            model.addAttribute("withdrawErrorsFor", id);
            model.addAttribute("withdrawErrors", e.fieldErrors().isEmpty() ? Map.of("reason", e.detail()) : e.fieldErrors());
        }
        return panel(model);
    }

    @GetMapping("/portal/consents/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        own(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(consents.pdf(id));
    }

    private String page(Model model, ConsentView consent, PatientSignForm form, Map<String, String> errors) {
        model.addAttribute("consent", consent);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/portal/consents/" + consent.id() + "/sign");
        model.addAttribute("back", "/portal");
        model.addAttribute("pdf", "/portal/consents/" + consent.id() + "/pdf");
        return "consent/sign";
    }

    private UUID me() {
        var u = users.current().orElseThrow();
        if (!u.is(Role.PATIENT) || u.patientId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The portal is for patient accounts.");
        }
        return u.patientId();
    }

    private ConsentView own(UUID id) {
        var me = me();
        return consents.find(id).filter(c -> c.patientId().equals(me))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
