package org.prolotrack.procedure.web;

import java.util.List;
import java.util.UUID;

import org.prolotrack.procedure.AdditionalAnestheticDose;
import org.prolotrack.procedure.AdditionalAnesthetics;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Puts the note's anesthetic doses outside the syringes, and an empty dose form, on every note page. */
@ControllerAdvice(assignableTypes = NotePageController.class)
class NoteAnestheticDoses {

    private final AdditionalAnesthetics doses;

    NoteAnestheticDoses(AdditionalAnesthetics doses) {
        this.doses = doses;
    }

    @ModelAttribute("anestheticDoses")
    List<AdditionalAnestheticDose> anestheticDoses(@PathVariable UUID noteId, Model model) {
        if (!model.containsAttribute("dose")) {
            model.addAttribute("dose", AnestheticDoseForm.empty());
        }
        return doses.forNote(noteId);
    }
}
