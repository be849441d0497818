package org.prolotrack.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.safety.AdverseEvent;
import org.prolotrack.safety.CheckIn;
import org.prolotrack.safety.SafetyAlert;
import org.prolotrack.safety.SafetyAlerts;
import org.prolotrack.safety.SafetyRecords;
import org.prolotrack.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Safety over REST: the side-effect catalogue, adverse events, check-ins, the red-flag inbox. */
@RestController
class SafetyApiController {

    private final SafetyRecords records;
    private final SafetyAlerts alerts;
    private final CurrentUsers users;

    SafetyApiController(SafetyRecords records, SafetyAlerts alerts, CurrentUsers users) {
        this.records = records;
        this.alerts = alerts;
        this.users = users;
    }

    @GetMapping("/api/safety/side-effects")
    List<SafetyRecords.CatalogueEntry> catalogue() {
        return records.catalogue();
    }

    @GetMapping("/api/patients/{patientId}/adverse-events")
    List<AdverseEvent> adverseEvents(@PathVariable UUID patientId) {
        return records.adverseEvents(patientId);
    }

    record NewEvent(UUID planId, UUID procedureNoteId, String catalogueCode, String description,
                    AdverseEvent.Severity severity, boolean serious, AdverseEvent.Relatedness relatedness,
                    LocalDate onsetOn, LocalDate resolvedOn) { }

    @PostMapping("/api/patients/{patientId}/adverse-events")
    @ResponseStatus(HttpStatus.CREATED)
    AdverseEvent record(@PathVariable UUID patientId, @RequestBody NewEvent e) {
        return records.record(new AdverseEvent.New(patientId, e.planId(), e.procedureNoteId(), e.catalogueCode(),
                e.description(), e.severity(), e.serious(), e.relatedness(), e.onsetOn(), e.resolvedOn()));
    }

    @GetMapping("/api/patients/{patientId}/check-ins")
    List<CheckIn> checkIns(@PathVariable UUID patientId) {
        return records.checkIns(patientId);
    }

    @GetMapping("/api/safety/alerts")
    List<SafetyAlert> inbox(@RequestParam(required = false) UUID clinicId, @RequestParam(defaultValue = "true") boolean openOnly) {
        var clinic = clinicId != null ? clinicId : users.currentOrSystem().clinicId();
        if (clinic == null) {
            throw new IllegalArgumentException("Name the clinic (clinicId).");
        }
        return alerts.forClinic(clinic, openOnly);
    }

    record Acknowledgement(String note) { }

    @PostMapping("/api/safety/alerts/{alertId}/acknowledgement")
    SafetyAlert acknowledge(@PathVariable UUID alertId, @RequestBody Acknowledgement a) {
        return alerts.acknowledge(alertId, a == null ? null : a.note());
    }
}
