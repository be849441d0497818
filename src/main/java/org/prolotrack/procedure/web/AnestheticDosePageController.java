package org.prolotrack.procedure.web;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.prolotrack.procedure.AnestheticDoseRefused;
import org.prolotrack.procedure.AdditionalAnesthetics;
import org.prolotrack.procedure.NoteLockedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The note page's form for anesthetic given outside the syringes. Back on the note page either way; a refused dose
 * comes back with each message next to its field and what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
class AnestheticDosePageController {

    private final AdditionalAnesthetics doses;

    AnestheticDosePageController(AdditionalAnesthetics doses) {
        this.doses = doses;
    }

    @PostMapping("/notes/{noteId}/anesthetic-doses")
    String add(@PathVariable UUID noteId, @ModelAttribute("dose") AnestheticDoseForm form, BindingResult binding,
               RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), "Not a valid value."));
        if (errors.isEmpty()) {
            try {
                doses.add(noteId, form.dose());
                return "redirect:/notes/" + noteId + "#anesthetic-doses";
            } catch (AnestheticDoseRefused e) {
                errors.putAll(e.fieldErrors());
            } catch (NoteLockedException e) {
                errors.put("dose", e.getMessage());
            }
        }
        redirect.addFlashAttribute("doseErrors", errors);
        redirect.addFlashAttribute("dose", form);
        return "redirect:/notes/" + noteId + "#anesthetic-doses";
    }

    @PostMapping("/notes/{noteId}/anesthetic-doses/{doseId}/void")
    String voidDose(@PathVariable UUID noteId, @PathVariable UUID doseId, @RequestParam(required = false) String reason) {
        doses.voidDose(noteId, doseId, reason);
        return "redirect:/notes/" + noteId + "#anesthetic-doses";
    }
}
