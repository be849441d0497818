package org.prolotrack.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A provider's appointments as an iCalendar feed (the last week and the next 90 days). The feed leaves the
 * clinic's systems for phones and calendar apps, so it names no patient: type, room and a link id only.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN', 'STAFF')")
class ProviderFeedApi {

    private final ClinicDirectory clinics;
    private final ClinicAccess access;
    private final AppointmentRows rows;
    private final AppointmentTypes types;
    private final IcsCalendars ics;

    ProviderFeedApi(ClinicDirectory clinics, ClinicAccess access, AppointmentRows rows, AppointmentTypes types,
                    IcsCalendars ics) {
        this.clinics = clinics;
        this.access = access;
        this.rows = rows;
        this.types = types;
        this.ics = ics;
    }

    @GetMapping("/api/providers/{id}/calendar.ics")
    ResponseEntity<String> feed(@PathVariable UUID id) {
        var provider = clinics.provider(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such provider."));
        var clinic = access.require(provider.clinicId());
        var rooms = clinics.rooms(clinic.id());
        var now = Instant.now();
        var events = rows.bookedBetween(clinic.id(), id, now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(90)))
                .stream().map(a -> new IcsCalendars.Event(a, types.get(a.type()).name(),
                        rooms.stream().filter(r -> r.id().equals(a.roomId())).map(r -> r.name() + ", ").findFirst().orElse("")
                                + clinic.name(), "ProloTrack appointment " + a.id()))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .body(ics.write(events));
    }
}
