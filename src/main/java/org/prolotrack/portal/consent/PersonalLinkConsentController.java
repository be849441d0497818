package org.prolotrack.portal.consent;

import java.util.Map;

import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Reading and signing a consent at home through the personal link the clinic sent (no account needed). */
@Controller
class PersonalLinkConsentController {

    private final Consents consents;

    PersonalLinkConsentController(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/q/s/{token}")
    String open(@PathVariable String token, Model model) {
        var consent = byLink(token);
        return page(model, token, consent, PatientSignForm.empty(""), Map.of());
    }

    @PostMapping("/q/s/{token}")
    String sign(@PathVariable String token, @ModelAttribute PatientSignForm form, Model model) {
        var consent = byLink(token);
        try {
            var signed = consents.signByLink(token, new Consents.Signature(form.signerName(), form.signerRelationship(),
                    form.signature()));
            page(model, token, signed, form, Map.of());
            model.addAttribute("pdf", null); // the link is used: it no longer opens the document
            return "consent/sign";
        } catch (ConsentException e) {
            return page(model, token, consent, form, e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors());
        }
    }

    @GetMapping("/q/s/{token}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(consents.pdfByLink(token));
    }

    private String page(Model model, String token, ConsentView consent, PatientSignForm form, Map<String, String> errors) {
        model.addAttribute("consent", consent);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/q/s/" + token);
        model.addAttribute("back", null);
        model.addAttribute("pdf", "/q/s/" + token + "/pdf");
        return "consent/sign";
    }

    private ConsentView byLink(String token) {
        return consents.openByLink(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This link has expired or is not valid. Please ask the clinic for a new one."));
    }
}
