package org.prolotrack.plan.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.PlanCommands;
import org.prolotrack.plan.PlanCommands.NewPlan;
import org.prolotrack.plan.PlanNotFoundException;
import org.prolotrack.plan.ProtocolTemplate;
import org.prolotrack.plan.Protocols;
import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of treatment series and their protocol templates. */
@RestController
class PlanApiController {

    record CreatePlanRequest(@NotBlank String indicationCode, @NotBlank String protocolId, Integer plannedSessions,
                             Integer intervalMinDays, Integer intervalMaxDays, String laterality, UUID providerId) { }

    record StopRequest(@NotNull StopReason reason, String note) { }

    record MaintenanceRequest(Integer intervalMinDays, Integer intervalMaxDays) { }

    private final Protocols protocols;
    private final TreatmentPlans plans;
    private final PlanCommands commands;
    private final PatientRecords patients;

    PlanApiController(Protocols protocols, TreatmentPlans plans, PlanCommands commands, PatientRecords patients) {
        this.protocols = protocols;
        this.plans = plans;
        this.commands = commands;
        this.patients = patients;
    }

    @GetMapping("/api/protocols")
    List<ProtocolTemplate> protocols() {
        return protocols.all();
    }

    @GetMapping("/api/protocols/stop-rules")
    List<Protocols.StopRule> stopRules() {
        return protocols.stopRules();
    }

    @PostMapping("/api/patients/{patientId}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    PlanJson create(@PathVariable UUID patientId, @Valid @RequestBody CreatePlanRequest r) {
        return PlanJson.of(commands.create(patientId, new NewPlan(r.indicationCode(), r.protocolId(),
                r.plannedSessions(), r.intervalMinDays(), r.intervalMaxDays(), r.laterality(), r.providerId())));
    }

    @GetMapping("/api/patients/{patientId}/plans")
    List<PlanJson> forPatient(@PathVariable UUID patientId) {
        patients.requireAccess(patientId, "PLAN_READ");
        return plans.forPatient(patientId).stream().map(PlanJson::of).toList();
    }

    @GetMapping("/api/plans/{planId}")
    PlanJson get(@PathVariable UUID planId) {
        var plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        patients.requireAccess(plan.patientId(), "PLAN_READ");
        return PlanJson.of(plan);
    }

    @PostMapping("/api/plans/{planId}/activate")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    PlanJson activate(@PathVariable UUID planId) {
        return PlanJson.of(commands.activate(planId));
    }

    @PostMapping("/api/plans/{planId}/complete")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    PlanJson complete(@PathVariable UUID planId) {
        return PlanJson.of(commands.complete(planId));
    }

    @PostMapping("/api/plans/{planId}/stop")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    PlanJson stop(@PathVariable UUID planId, @Valid @RequestBody StopRequest r) {
        return PlanJson.of(commands.stop(planId, r.reason(), r.note()));
    }

    @PostMapping("/api/plans/{planId}/maintenance")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    PlanJson maintenance(@PathVariable UUID planId, @RequestBody(required = false) MaintenanceRequest r) {
        return PlanJson.of(commands.enterMaintenance(planId, r == null ? null : r.intervalMinDays(),
                r == null ? null : r.intervalMaxDays()));
    }
}
