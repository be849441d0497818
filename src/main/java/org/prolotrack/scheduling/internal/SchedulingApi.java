package org.prolotrack.scheduling.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.ScheduleOptimiser;
import org.prolotrack.scheduling.SeriesBooking;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Series proposals and the optimiser over REST. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN', 'STAFF')")
class SchedulingApi {

    record OptimiseForm(@NotNull LocalDate from, @NotNull LocalDate to) { }

    private final SeriesBooking series;
    private final ScheduleOptimiser optimiser;

    SchedulingApi(SeriesBooking series, ScheduleOptimiser optimiser) {
        this.series = series;
        this.optimiser = optimiser;
    }

    @PostMapping("/plans/{id}/series-proposal")
    SeriesBooking.Proposal propose(@PathVariable UUID id) {
        return series.propose(id);
    }

    @PostMapping("/plans/{id}/series")
    ResponseEntity<List<Appointment>> confirm(@PathVariable UUID id, @RequestBody List<SeriesBooking.ProposedSession> sessions) {
        return ResponseEntity.status(201).body(series.confirm(id, sessions));
    }

    @PostMapping("/clinics/{id}/optimise")
    ResponseEntity<Map<String, Object>> optimise(@PathVariable UUID id, @RequestBody(required = false) OptimiseForm f) {
        var from = f == null || f.from() == null ? LocalDate.now().plusDays(1) : f.from();
        var to = f == null || f.to() == null ? from.plusDays(27) : f.to();
        var job = optimiser.start(id, from, to);
        var status = URI.create("/api/optimiser-jobs/" + job);
        return ResponseEntity.accepted().location(status).body(Map.of("jobId", job, "status", status.toString()));
    }

    @GetMapping("/optimiser-jobs/{id}")
    Map<String, Object> job(@PathVariable UUID id) {
        var job = optimiser.job(id);
        return Map.of("job", job, "assignments", job.status() == ScheduleOptimiser.Status.QUEUED
                || job.status() == ScheduleOptimiser.Status.SOLVING ? List.of() : optimiser.assignments(id));
    }

    @PostMapping("/optimiser-jobs/{id}/accept")
    ScheduleOptimiser.AcceptResult accept(@PathVariable UUID id) {
        return optimiser.accept(id);
    }

    @PostMapping("/optimiser-jobs/{id}/discard")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        optimiser.discard(id);
        return ResponseEntity.noContent().build();
    }
}
