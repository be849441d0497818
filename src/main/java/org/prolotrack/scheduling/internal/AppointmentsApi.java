package org.prolotrack.scheduling.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.prolotrack.scheduling.Appointments.FreeSlot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Free slots and appointments over REST. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN', 'STAFF')")
class AppointmentsApi {

    record BookingForm(@NotNull UUID patientId, @NotNull UUID providerId, @NotNull UUID roomId, @NotBlank String type,
                       @NotNull OffsetDateTime start, Integer durationMinutes, Boolean ultrasound) { }

    record MoveForm(@NotNull OffsetDateTime start, UUID providerId, UUID roomId) { }

    record CancelForm(@NotBlank String reason) { }

    private final Appointments appointments;
    private final ClinicAccess access;

    AppointmentsApi(Appointments appointments, ClinicAccess access) {
        this.appointments = appointments;
        this.access = access;
    }

    @GetMapping("/clinics/{id}/slots")
    List<FreeSlot> slots(@PathVariable UUID id, @RequestParam String type,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                         @RequestParam(required = false) Integer durationMinutes,
                         @RequestParam(defaultValue = "100") int limit) {
        access.require(id);
        return appointments.freeSlots(id, type, durationMinutes, from.toInstant(), to.toInstant(), Math.min(limit, 500));
    }

    @PostMapping("/appointments")
    ResponseEntity<Appointment> book(@Valid @RequestBody BookingForm f) {
        var request = BookingRequest.manual(f.patientId(), f.providerId(), f.roomId(), f.type(), f.start(),
                f.durationMinutes());
        var a = appointments.book(Boolean.TRUE.equals(f.ultrasound()) ? request.withUltrasound() : request);
        return ResponseEntity.created(URI.create("/api/appointments/" + a.id())).body(a);
    }

    @GetMapping("/appointments/{id}")
    ResponseEntity<Appointment> get(@PathVariable UUID id) {
        return ResponseEntity.of(appointments.find(id));
    }

    @PostMapping("/appointments/{id}/move")
    Appointments.Moved move(@PathVariable UUID id, @Valid @RequestBody MoveForm f) {
        return appointments.move(id, f.start(), f.providerId(), f.roomId());
    }

    @PostMapping("/appointments/{id}/cancel")
    Map<String, Object> cancel(@PathVariable UUID id, @Valid @RequestBody CancelForm f) {
        return Map.of("status", "CANCELLED", "reoffer", appointments.cancel(id, f.reason()));
    }

    @PostMapping("/appointments/{id}/no-show")
    Map<String, Object> noShow(@PathVariable UUID id) {
        return Map.of("status", "NO_SHOW", "reoffer", appointments.recordNoShow(id));
    }
}
