package org.prolotrack.plan.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.IllegalPlanTransition;
import org.prolotrack.plan.PlanActivationRefused;
import org.prolotrack.plan.PlanCommands;
import org.prolotrack.plan.PlanNotFoundException;
import org.prolotrack.plan.Protocols;
import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.procedure.ProcedureNotes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The chart's treatment-series panel: create a series from a protocol, activate it (showing what is missing),
 * sessions done against planned and the next due window, and the session notes with their aftercare sheets.
 */
@Controller
@PreAuthorize("hasAnyRole('CLINICIAN','STAFF','ADMIN')")
class PlanPanelController {

    private final TreatmentPlans plans;
    private final PlanCommands commands;
    private final Protocols protocols;
    private final ProcedureNotes notes;
    private final PatientRecords patients;

    PlanPanelController(TreatmentPlans plans, PlanCommands commands, Protocols protocols, ProcedureNotes notes,
                        PatientRecords patients) {
        this.plans = plans;
        this.commands = commands;
        this.protocols = protocols;
        this.notes = notes;
        this.patients = patients;
    }

    @GetMapping("/patients/{patientId}/panels/plan")
    String panel(@PathVariable UUID patientId, Model model) {
        return render(patientId, PlanForm.empty(), Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/plans")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String create(@PathVariable UUID patientId, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding,
                  Model model) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        if (errors.isEmpty()) {
            try {
                commands.create(patientId, new PlanCommands.NewPlan(form.indicationCode(), form.protocolId(),
                        form.plannedSessions(), null, null, form.laterality(), null));
                return render(patientId, PlanForm.empty(), Map.of(), model);
            } catch (IllegalArgumentException e) {
                var m = e.getMessage();
                var field = m.contains("is for") ? "indicationCode" : m.startsWith("Planned sessions") ? "plannedSessions"
                        : "protocolId";
                errors.put(field, m);
            }
        }
        return render(patientId, form, errors, model);
    }

    @PostMapping("/plans/{planId}/activate")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String activate(@PathVariable UUID planId, Model model) {
        var patientId = patientOf(planId);
        try {
            commands.activate(planId);
        } catch (PlanActivationRefused e) {
            model.addAttribute("refusedPlan", planId);
            model.addAttribute("missing", e.missing());
        } catch (IllegalPlanTransition e) {
            model.addAttribute("problem", e.getMessage());
        }
        return render(patientId, PlanForm.empty(), Map.of(), model);
    }

    @PostMapping("/plans/{planId}/complete")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String complete(@PathVariable UUID planId, Model model) {
        var patientId = patientOf(planId);
        try {
            commands.complete(planId);
        } catch (IllegalPlanTransition e) {
            model.addAttribute("problem", e.getMessage());
        }
        return render(patientId, PlanForm.empty(), Map.of(), model);
    }

    @PostMapping("/plans/{planId}/maintenance")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String maintenance(@PathVariable UUID planId, Model model) {
        var patientId = patientOf(planId);
        try {
            commands.enterMaintenance(planId, null, null);
        } catch (IllegalPlanTransition e) {
            model.addAttribute("problem", e.getMessage());
        }
        return render(patientId, PlanForm.empty(), Map.of(), model);
    }

    @PostMapping("/plans/{planId}/stop")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String stop(@PathVariable UUID planId, @ModelAttribute StopForm form, Model model) {
        var patientId = patientOf(planId);
        try {
            var reason = form.reason() == null || form.reason().isBlank() ? null : StopReason.valueOf(form.reason());
            commands.stop(planId, reason, form.note());
        } catch (IllegalArgumentException | IllegalPlanTransition e) {
            model.addAttribute("problem", e.getMessage());
        }
        return render(patientId, PlanForm.empty(), Map.of(), model);
    }

    /** Starts today's note for the series and sends the browser to it. */
    @PostMapping("/plans/{planId}/notes")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    String startNote(@PathVariable UUID planId) {
        var patientId = patientOf(planId);
        var note = notes.start(patientId, planId, LocalDate.now());
        return "redirect:/notes/" + note.id();
    }

    private UUID patientOf(UUID planId) {
        var plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        patients.requireAccess(plan.patientId(), "PLAN_READ");
        return plan.patientId();
    }

    private String render(UUID patientId, PlanForm form, Map<String, String> errors, Model model) {
        patients.requireAccess(patientId, "PLAN_READ");
        model.addAttribute("patientId", patientId);
        model.addAttribute("plans", plans.forPatient(patientId));
        model.addAttribute("notes", notes.forPatient(patientId));
        model.addAttribute("protocols", protocols.all());
        model.addAttribute("stopRules", protocols.stopRules());
        model.addAttribute("planForm", form);
        model.addAttribute("errors", errors);
        return "plan/panel :: panel";
    }
}
