package org.prolotrack.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.prolotrack.clinic.Room;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.scheduling.ScheduleOptimiser;
import org.prolotrack.security.CurrentUsers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Day and week calendars of a clinic or one provider, with the optimiser's start, progress, accept and discard. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN', 'STAFF')")
class CalendarController {

    record Day(LocalDate date, List<Appointment> appointments) { }

    private final ClinicDirectory clinics;
    private final Appointments appointments;
    private final ScheduleOptimiser optimiser;
    private final CurrentUsers users;

    CalendarController(ClinicDirectory clinics, Appointments appointments, ScheduleOptimiser optimiser, CurrentUsers users) {
        this.clinics = clinics;
        this.appointments = appointments;
        this.optimiser = optimiser;
        this.users = users;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) UUID clinicId, @RequestParam(required = false) UUID providerId,
                    @RequestParam(defaultValue = "week") String view,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    Model model) {
        var me = users.currentOrSystem();
        var clinic = clinicId != null ? clinicId : me.clinicId() != null ? me.clinicId()
                : clinics.clinics().stream().findFirst().map(c -> c.id()).orElseThrow();
        var c = clinics.clinic(clinic).orElseThrow();
        var zone = c.timeZone();
        var day = date == null ? LocalDate.now(zone) : date;
        boolean week = !"day".equals(view);
        var first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        int count = week ? 7 : 1;
        var recentJobs = optimiser.recent(clinic, 1); // also checks the user may see this clinic
        var list = appointments.between(clinic, providerId, first.atStartOfDay(zone).toInstant(),
                first.plusDays(count).atStartOfDay(zone).toInstant());
        var days = new ArrayList<Day>();
        for (int i = 0; i < count; i++) {
            var d = first.plusDays(i);
            days.add(new Day(d, list.stream().filter(a -> a.start().atZone(zone).toLocalDate().equals(d)).toList()));
        }
        model.addAttribute("clinic", c);
        model.addAttribute("clinics", me.clinicId() == null ? clinics.clinics() : List.of(c));
        model.addAttribute("providers", clinics.providers(clinic));
        model.addAttribute("providerNames", clinics.providers(clinic).stream().collect(Collectors.toMap(Provider::id, Provider::displayName)));
        model.addAttribute("roomNames", clinics.rooms(clinic).stream().collect(Collectors.toMap(Room::id, Room::name)));
        model.addAttribute("providerId", providerId);
        model.addAttribute("view", week ? "week" : "day");
        model.addAttribute("date", day);
        model.addAttribute("previous", day.minusDays(count));
        model.addAttribute("next", day.plusDays(count));
        model.addAttribute("days", days);
        model.addAttribute("zone", zone);
        model.addAttribute("job", recentJobs.isEmpty() ? null : recentJobs.get(0));
        return "calendar/calendar";
    }

    @PostMapping("/calendar/optimise")
    String optimise(@RequestParam UUID clinicId,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        return job(optimiser.start(clinicId, from, to), model);
    }

    @GetMapping("/calendar/optimiser/{id}")
    String job(@PathVariable UUID id, Model model) {
        var job = optimiser.job(id);
        model.addAttribute("job", job);
        model.addAttribute("assignments", job.status() == ScheduleOptimiser.Status.SOLVED
                || job.status() == ScheduleOptimiser.Status.ACCEPTED ? optimiser.assignments(id) : List.of());
        model.addAttribute("providerNames", clinics.providers(job.clinicId()).stream()
                .collect(Collectors.toMap(Provider::id, Provider::displayName)));
        model.addAttribute("zone", clinics.clinic(job.clinicId()).orElseThrow().timeZone());
        return "calendar/optimiser :: job";
    }

    @PostMapping("/calendar/optimiser/{id}/accept")
    String accept(@PathVariable UUID id, Model model) {
        model.addAttribute("result", optimiser.accept(id));
        return job(id, model);
    }

    @PostMapping("/calendar/optimiser/{id}/discard")
    String discard(@PathVariable UUID id, Model model) {
        optimiser.discard(id);
        return job(id, model);
    }

}
