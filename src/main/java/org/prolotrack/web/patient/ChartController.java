package org.prolotrack.web.patient;

import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientRegistry;
import org.prolotrack.patient.PatientRegistry.EntryKind;
import org.prolotrack.web.patient.ChartForms.AllergyForm;
import org.prolotrack.web.patient.ChartForms.CareForm;
import org.prolotrack.web.patient.ChartForms.ConditionEditForm;
import org.prolotrack.web.patient.ChartForms.ConditionForm;
import org.prolotrack.web.patient.ChartForms.ImagingForm;
import org.prolotrack.web.patient.ChartForms.MedicationForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chart page and its actions: add entries, resolve, stop and void. Each success redirects back to the chart. */
@Controller
class ChartController {

    private final ChartPage page;
    private final PatientRegistry registry;
    private final org.prolotrack.patient.PatientRecords records;

    ChartController(ChartPage page, PatientRegistry registry, org.prolotrack.patient.PatientRecords records) {
        this.page = page;
        this.registry = registry;
        this.records = records;
    }

    @GetMapping("/patients/{id}")
    String chart(@PathVariable UUID id, Model model) {
        return page.show(id, model);
    }

    /** The chart's voided entries (loaded when the clinician opens the list), in the user's clinic's time zone. */
    @GetMapping("/patients/{id}/voided")
    String voided(@PathVariable UUID id, Model model) {
        model.addAttribute("voided", records.voidedEntries(id));
        model.addAttribute("zone", page.userZone());
        model.addAttribute("kinds", java.util.Map.of(EntryKind.CONDITION, "Condition", EntryKind.MEDICATION,
                "Medication", EntryKind.ALLERGY, "Allergy", EntryKind.CONSERVATIVE_CARE, "Prior care",
                EntryKind.IMAGING, "Imaging"));
        return "patients/voided :: list";
    }

    @PostMapping("/patients/{id}/conditions")
    String addCondition(@PathVariable UUID id, @Valid @ModelAttribute("conditionForm") ConditionForm form,
                        BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors);
        return errors.any() ? page.show(id, model, "condition", form, errors)
                : save(id, model, "condition", form, errors, () -> registry.addCondition(id, entry), "conditions");
    }

    @GetMapping("/patients/{id}/conditions/{entryId}/edit")
    String editCondition(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        var condition = condition(id, entryId);
        return showConditionEdit(model, id, condition, ConditionEditForm.of(condition), FormErrors.none(), false);
    }

    @PostMapping("/patients/{id}/conditions/{entryId}/edit")
    String saveCondition(@PathVariable UUID id, @PathVariable UUID entryId,
                         @Valid @ModelAttribute("form") ConditionEditForm form, BindingResult binding, Model model) {
        var current = condition(id, entryId);
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors, current);
        if (errors.any()) {
            return showConditionEdit(model, id, current, form, errors, false);
        }
        try {
            registry.editCondition(id, entryId, entry, form.versionNumber());
            return "redirect:/patients/" + id + "#conditions";
        } catch (PatientDataException e) {
            errors.reject(e);
            return showConditionEdit(model, id, current, form, errors, false);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            return showConditionEdit(model, id, current, form, errors, true);
        }
    }

    /** The live condition of the chart, or 404 (absent, voided, or not the user's to see). */
    private org.prolotrack.patient.PatientChart.Condition condition(UUID patientId, UUID conditionId) {
        return records.get(patientId).conditions().stream().filter(c -> c.id().equals(conditionId)).findFirst()
                .orElseThrow(() -> new ErrorResponseException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String showConditionEdit(Model model, UUID patientId, org.prolotrack.patient.PatientChart.Condition current,
                                     ConditionEditForm form, FormErrors errors, boolean stale) {
        model.addAttribute("pid", patientId);
        model.addAttribute("condition", current);
        model.addAttribute("form", form);
        model.addAttribute("e", errors.asMap());
        model.addAttribute("stale", stale);
        model.addAttribute("lateralities", org.prolotrack.patient.PatientChart.Laterality.values());
        return "patients/condition-edit";
    }

    @PostMapping("/patients/{id}/medications")
    String addMedication(@PathVariable UUID id, @Valid @ModelAttribute("medicationForm") MedicationForm form,
                         BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors);
        return errors.any() ? page.show(id, model, "medication", form, errors)
                : save(id, model, "medication", form, errors, () -> registry.addMedication(id, entry), "medications");
    }

    @PostMapping("/patients/{id}/allergies")
    String addAllergy(@PathVariable UUID id, @Valid @ModelAttribute("allergyForm") AllergyForm form,
                      BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors);
        return errors.any() ? page.show(id, model, "allergy", form, errors)
                : save(id, model, "allergy", form, errors, () -> registry.addAllergy(id, entry), "allergies");
    }

    @PostMapping("/patients/{id}/conservative-care")
    String addCare(@PathVariable UUID id, @Valid @ModelAttribute("careForm") CareForm form, BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors);
        return errors.any() ? page.show(id, model, "care", form, errors)
                : save(id, model, "care", form, errors, () -> registry.addConservativeCare(id, entry), "care");
    }

    @PostMapping("/patients/{id}/imaging")
    String addImaging(@PathVariable UUID id, @Valid @ModelAttribute("imagingForm") ImagingForm form,
                      BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var entry = form.toEntry(errors);
        return errors.any() ? page.show(id, model, "imaging", form, errors)
                : save(id, model, "imaging", form, errors, () -> registry.addImaging(id, entry), "imaging");
    }

    @PostMapping("/patients/{id}/conditions/{entryId}/resolve")
    String resolve(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam(defaultValue = "") String date,
                   RedirectAttributes flash) {
        return act(id, flash, "conditions", () -> registry.resolveCondition(id, entryId, parse(date, "abatementDate")));
    }

    @PostMapping("/patients/{id}/medications/{entryId}/stop")
    String stop(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam(defaultValue = "") String date,
                RedirectAttributes flash) {
        return act(id, flash, "medications", () -> registry.stopMedication(id, entryId, parse(date, "stopDate")));
    }

    @PostMapping("/patients/{id}/entries/{kind}/{entryId}/void")
    String voidEntry(@PathVariable UUID id, @PathVariable EntryKind kind, @PathVariable UUID entryId,
                     @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return act(id, flash, "chart", () -> registry.voidEntry(id, kind, entryId, reason));
    }

    private String save(UUID id, Model model, String name, Record form, FormErrors errors, Runnable write, String anchor) {
        try {
            write.run();
            return "redirect:/patients/" + id + "#" + anchor;
        } catch (PatientDataException e) {
            errors.reject(e);
            return page.show(id, model, name, form, errors);
        }
    }

    private static String act(UUID id, RedirectAttributes flash, String anchor, Runnable action) {
        try {
            action.run();
        } catch (PatientDataException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        } catch (org.prolotrack.problem.Refusal e) {
            if (e.kind() == org.prolotrack.problem.Refusal.Kind.NOT_FOUND
                    && !(e instanceof org.prolotrack.patient.PatientNotFoundException)) {
                flash.addFlashAttribute("problem", e.detail());
            } else {
                throw e;
            }
        }
        return "redirect:/patients/" + id + "#" + anchor;
    }

    private static java.time.LocalDate parse(String date, String field) {
        var errors = FormErrors.none();
        var d = errors.date(field, date);
        if (errors.any()) {
            throw PatientDataException.invalid(field, errors.asMap().get(field));
        }
        return d;
    }
}
