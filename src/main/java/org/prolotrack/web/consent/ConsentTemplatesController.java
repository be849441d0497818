package org.prolotrack.web.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentTemplates;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A clinic's consent form versions: who published which and when, and publishing a new one. */
@Controller
class ConsentTemplatesController {

    private final ConsentTemplates templates;
    private final ClinicDirectory clinics;
    private final CurrentUsers users;

    ConsentTemplatesController(ConsentTemplates templates, ClinicDirectory clinics, CurrentUsers users) {
        this.templates = templates;
        this.clinics = clinics;
        this.users = users;
    }

    @GetMapping("/consent-templates")
    String page(@RequestParam(required = false) UUID clinicId, @RequestParam(required = false) Integer published,
                Model model) {
        var clinic = clinicFor(clinicId);
        var versions = templates.versions(clinic.id());
        var current = versions.isEmpty() ? null : versions.getFirst();
        var form = current == null ? new TemplateForm("", "", null)
                : new TemplateForm(current.title(), current.body(), current.version());
        model.addAttribute("published", published);
        return page(model, clinic, versions, form, Map.of());
    }

    @PostMapping("/consent-templates")
    String publish(@RequestParam UUID clinicId, @ModelAttribute TemplateForm form, Model model) {
        var clinic = clinicFor(clinicId);
        try {
            var v = templates.publish(clinic.id(),
                    new ConsentTemplates.NewVersion(form.title(), form.body(), form.basedOnVersion()));
            return "redirect:/consent-templates?clinicId=" + clinic.id() + "&published=" + v.version();
        } catch (ConsentException e) {
            if (e.kind() == org.prolotrack.problem.Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            var errors = e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors();
            return page(model, clinic, templates.versions(clinic.id()), form, errors);
        }
    }

    private String page(Model model, Clinic clinic, List<ConsentTemplates.TemplateVersion> versions, TemplateForm form,
                        Map<String, String> errors) {
        var me = users.currentOrSystem();
        model.addAttribute("clinic", clinic);
        model.addAttribute("clinics", me.is(Role.ADMIN) ? clinics.clinics() : List.of(clinic));
        model.addAttribute("versions", versions);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayPublish", templates.mayPublish(clinic.id()));
        return "consent/templates";
    }

    /** The clinic asked for, or the user's own; someone from another clinic gets 404 from the consent module. */
    private Clinic clinicFor(UUID clinicId) {
        var me = users.currentOrSystem();
        var id = clinicId != null ? clinicId : me.clinicId() != null ? me.clinicId()
                : clinics.clinics().stream().findFirst().map(Clinic::id).orElse(null);
        if (id == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        templates.versions(id);
        return clinics.clinic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
