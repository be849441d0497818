package org.prolotrack.procedure.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.knowledge.AnatomicalCatalogue;
import org.prolotrack.procedure.AftercareSheets;
import org.prolotrack.procedure.DayCheckInvalid;
import org.prolotrack.procedure.InjectionRefused;
import org.prolotrack.procedure.NoteLockedException;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.procedure.NoteSigningRefused;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The procedure note page: checklist, injections with their formulation, times, signing, addenda, aftercare. */
@Controller
@PreAuthorize("hasAnyRole('CLINICIAN','STAFF','ADMIN')")
class NotePageController {

    private final ProcedureNotes notes;
    private final AftercareSheets aftercare;
    private final AnatomicalCatalogue catalogue;
    private final FormulationCalculator calculator;
    private final ClinicDirectory clinics;

    NotePageController(ProcedureNotes notes, AftercareSheets aftercare, AnatomicalCatalogue catalogue,
                       FormulationCalculator calculator, ClinicDirectory clinics) {
        this.notes = notes;
        this.aftercare = aftercare;
        this.catalogue = catalogue;
        this.calculator = calculator;
        this.clinics = clinics;
    }

    @GetMapping("/notes/{noteId}")
    String page(@PathVariable UUID noteId, Model model) {
        var note = load(noteId);
        return render(note, NoteHeaderForm.of(note, zone(note)), InjectionForm.empty(), Map.of(), Map.of(), model);
    }

    @PostMapping("/notes/{noteId}")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String update(@PathVariable UUID noteId, @Valid @ModelAttribute("header") NoteHeaderForm form, BindingResult binding,
                  Model model) {
        var note = load(noteId);
        var errors = errors(binding);
        if (errors.isEmpty()) {
            try {
                notes.update(noteId, form.header(zone(note)));
                return "redirect:/notes/" + noteId;
            } catch (IllegalArgumentException | NoteLockedException e) {
                errors.put("header", e.getMessage());
            }
        }
        return render(note, form, InjectionForm.empty(), errors, Map.of(), model);
    }

    @PostMapping("/notes/{noteId}/day-check")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String dayCheck(@PathVariable UUID noteId, @ModelAttribute("dayCheck") DayCheckForm form, BindingResult binding,
                    Model model) {
        var note = load(noteId);
        var errors = errors(binding);
        if (errors.isEmpty()) {
            try {
                notes.recordDayCheck(noteId, form.entry());
                return "redirect:/notes/" + noteId + "#day-check";
            } catch (DayCheckInvalid e) {
                errors.putAll(e.fieldErrors());
            } catch (NoteLockedException e) {
                errors.put("dayCheck", e.getMessage());
            }
        }
        model.addAttribute("dayCheck", form);
        model.addAttribute("dayCheckErrors", errors);
        return render(note, NoteHeaderForm.of(note, zone(note)), InjectionForm.empty(), Map.of(), Map.of(), model);
    }

    @PostMapping("/notes/{noteId}/injections")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String addInjection(@PathVariable UUID noteId, @Valid @ModelAttribute("injection") InjectionForm form,
                        BindingResult binding, Model model) {
        var note = load(noteId);
        var errors = errors(binding);
        if (errors.isEmpty()) {
            try {
                notes.addInjection(noteId, form.injection());
                return "redirect:/notes/" + noteId;
            } catch (InjectionRefused e) {
                errors.putAll(e.fieldErrors());
            } catch (IllegalArgumentException | NoteLockedException e) {
                errors.put("injection", e.getMessage());
            }
        }
        return render(note, NoteHeaderForm.of(note, zone(note)), form, Map.of(), errors, model);
    }

    @PostMapping("/notes/{noteId}/injections/{injectionId}/void")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String voidInjection(@PathVariable UUID noteId, @PathVariable UUID injectionId,
                         @RequestParam(required = false) String reason) {
        notes.voidInjection(noteId, injectionId, reason);
        return "redirect:/notes/" + noteId;
    }

    @PostMapping("/notes/{noteId}/sign")
    @PreAuthorize("hasRole('CLINICIAN')")
    String sign(@PathVariable UUID noteId, Model model) {
        try {
            notes.sign(noteId);
            return "redirect:/notes/" + noteId;
        } catch (NoteSigningRefused | NoteLockedException e) {
            var note = load(noteId);
            model.addAttribute("signProblem", e.getMessage());
            return render(note, NoteHeaderForm.of(note, zone(note)), InjectionForm.empty(), Map.of(), Map.of(), model);
        }
    }

    @PostMapping("/notes/{noteId}/addenda")
    @PreAuthorize("hasRole('CLINICIAN')")
    String addendum(@PathVariable UUID noteId, @RequestParam(required = false) String text, Model model) {
        try {
            notes.addAddendum(noteId, text);
            return "redirect:/notes/" + noteId;
        } catch (RuntimeException e) {
            if (!(e instanceof IllegalArgumentException) && !(e instanceof org.prolotrack.problem.Refusal)) {
                throw e;
            }
            var note = load(noteId);
            model.addAttribute("addendumProblem", e.getMessage());
            model.addAttribute("addendumText", text);
            return render(note, NoteHeaderForm.of(note, zone(note)), InjectionForm.empty(), Map.of(), Map.of(), model);
        }
    }

    @GetMapping(value = "/notes/{noteId}/aftercare", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String aftercareHtml(@PathVariable UUID noteId) {
        return aftercare.html(noteId);
    }

    @GetMapping("/notes/{noteId}/aftercare.pdf")
    ResponseEntity<byte[]> aftercarePdf(@PathVariable UUID noteId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("aftercare-" + noteId + ".pdf").build().toString())
                .body(aftercare.pdf(noteId));
    }

    private ProcedureNoteView load(UUID noteId) {
        return notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
    }

    private ZoneId zone(ProcedureNoteView note) {
        return clinics.clinic(note.clinicId()).map(c -> c.timeZone()).orElse(ZoneId.of("UTC"));
    }

    private static Map<String, String> errors(BindingResult binding) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                e.isBindingFailure() ? "Not a valid value." : e.getDefaultMessage()));
        return errors;
    }

    private String render(ProcedureNoteView note, NoteHeaderForm header, InjectionForm injection,
                          Map<String, String> headerErrors, Map<String, String> injectionErrors, Model model) {
        model.addAttribute("note", note);
        if (!model.containsAttribute("dayCheck")) {
            model.addAttribute("dayCheck", DayCheckForm.of(note));
            model.addAttribute("dayCheckErrors", Map.of());
        }
        model.addAttribute("aftercareSources", aftercare.sources());
        model.addAttribute("readiness", note.signed() ? null : notes.readiness(note.id()));
        model.addAttribute("header", header);
        model.addAttribute("headerErrors", headerErrors);
        model.addAttribute("injection", injection);
        model.addAttribute("injectionErrors", injectionErrors);
        model.addAttribute("sites", catalogue.sites());
        model.addAttribute("stocks", calculator.stocks());
        return "procedure/note";
    }
}
