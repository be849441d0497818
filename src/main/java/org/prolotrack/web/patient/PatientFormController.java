package org.prolotrack.web.patient;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.PatientRegistry;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Registers a patient and edits demographics and weight. On an error the form comes back with what was typed. */
@Controller
class PatientFormController {

    private final PatientRegistry registry;
    private final PatientRecords records;
    private final ClinicDirectory clinics;
    private final CurrentUsers users;

    PatientFormController(PatientRegistry registry, PatientRecords records, ClinicDirectory clinics, CurrentUsers users) {
        this.registry = registry;
        this.records = records;
        this.clinics = clinics;
        this.users = users;
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        var me = users.currentOrSystem();
        var form = PatientForm.empty();
        if (me.clinicId() != null) {
            form = new PatientForm(me.clinicId().toString(), "", "", "", "", "", "", "", "", "", "", "", "0");
        }
        return show(model, form, FormErrors.none(), null);
    }

    @PostMapping("/patients")
    String register(@Valid @ModelAttribute("form") PatientForm form, BindingResult binding, Model model) {
        var errors = FormErrors.of(binding);
        var demographics = form.toDemographics(errors);
        if (errors.any()) {
            return show(model, form, errors, null);
        }
        try {
            var id = registry.register(form.clinic(), demographics);
            return "redirect:/patients/" + id + "?registered";
        } catch (PatientDataException e) {
            errors.reject(e);
            return show(model, form, errors, null);
        }
    }

    @GetMapping("/patients/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var chart = records.get(id);
        return show(model, PatientForm.of(chart, registry.version(id)), FormErrors.none(), id);
    }

    @PostMapping("/patients/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PatientForm form, BindingResult binding, Model model) {
        records.requireAccess(id, "PATIENT_EDIT_FORM");
        var errors = FormErrors.of(binding);
        var demographics = form.toDemographics(errors);
        if (errors.any()) {
            return show(model, form, errors, id);
        }
        try {
            registry.updateDemographics(id, form.versionNumber(), demographics);
            return "redirect:/patients/" + id + "?saved";
        } catch (PatientDataException e) {
            errors.reject(e);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("stale", true);
        }
        return show(model, form, errors, id);
    }

    private String show(Model model, PatientForm form, FormErrors errors, UUID patientId) {
        var me = users.currentOrSystem();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("patientId", patientId);
        model.addAttribute("chooseClinic", me.is(Role.ADMIN) && patientId == null);
        model.addAttribute("clinics", clinics.clinics());
        var clinic = form.clinic() != null ? form.clinic() : me.clinicId();
        model.addAttribute("providers", clinic == null ? List.<Provider>of() : clinics.providers(clinic));
        model.addAttribute("sexes", org.prolotrack.patient.PatientChart.Sex.values());
        return "patients/form";
    }
}
