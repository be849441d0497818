package org.prolotrack.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Room;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.scheduling.internal.optimiser.BusyBlock;
import org.prolotrack.scheduling.internal.optimiser.PlannedProvider;
import org.prolotrack.scheduling.internal.optimiser.PlannedRoom;
import org.prolotrack.scheduling.internal.optimiser.SchedulingProblem;
import org.prolotrack.scheduling.internal.optimiser.SessionVisit;
import org.prolotrack.scheduling.internal.optimiser.TimeGrain;
import org.prolotrack.scheduling.internal.optimiser.UltrasoundCapacity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the optimiser's problem for a clinic: its active series' unbooked sessions, calendars and bookings. */
@Component
class OptimiserProblems {

    private final ClinicDirectory clinics;
    private final TreatmentPlans plans;
    private final Availability availability;
    private final AppointmentRows rows;
    private final AppointmentTypes types;
    private final JdbcClient jdbc;
    private final UltrasoundMachines ultrasound;

    OptimiserProblems(ClinicDirectory clinics, TreatmentPlans plans, Availability availability, AppointmentRows rows,
                      AppointmentTypes types, JdbcClient jdbc, UltrasoundMachines ultrasound) {
        this.ultrasound = ultrasound;
        this.clinics = clinics;
        this.plans = plans;
        this.availability = availability;
        this.rows = rows;
        this.types = types;
        this.jdbc = jdbc;
    }

    static int minute(Instant t, LocalDate from, ZoneId zone) {
        return (int) ChronoUnit.MINUTES.between(from.atStartOfDay(), LocalDateTime.ofInstant(t, zone));
    }

    static Instant instant(int minute, LocalDate from, ZoneId zone) {
        return from.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
    }

    SchedulingProblem build(Clinic clinic, LocalDate from, LocalDate to) {
        var zone = clinic.timeZone();
        var grainSet = new TreeSet<Integer>();
        var providers = new ArrayList<PlannedProvider>();
        for (var p : clinics.providers(clinic.id())) {
            if (!p.active()) {
                continue;
            }
            var windows = new ArrayList<int[]>();
            for (var w : availability.windows(clinic.id(), p.id(), zone, from, to)) {
                int s = minute(w.start(), from, zone);
                int e = minute(w.end(), from, zone);
                windows.add(new int[] {s, e});
                for (int m = (s + 14) / 15 * 15; m + 30 <= e; m += 15) {
                    grainSet.add(m);
                }
            }
            providers.add(new PlannedProvider(p.id(), p.displayName(), windows));
        }
        var rooms = clinics.rooms(clinic.id()).stream().filter(Room::active)
                .filter(r -> r.kind() == Room.Kind.PROCEDURE || r.kind() == Room.Kind.FLUOROSCOPY)
                .map(r -> new PlannedRoom(r.id(), r.name(), r.kind() == Room.Kind.FLUOROSCOPY)).toList();
        var busy = new ArrayList<BusyBlock>();
        var horizonStart = from.atStartOfDay(zone).toInstant();
        var horizonEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        for (var a : rows.bookedBetween(clinic.id(), null, horizonStart, horizonEnd)) {
            int s = minute(a.start(), from, zone);
            int e = minute(a.end(), from, zone);
            for (var id : List.of(a.providerId(), a.roomId(), a.patientId())) {
                busy.add(new BusyBlock(id, s, e));
            }
        }
        int lastDay = (int) ChronoUnit.DAYS.between(from, to);
        var sessions = new ArrayList<SessionVisit>();
        for (var plan : plans.inClinic(clinic.id(), TreatmentPlanView.Status.ACTIVE)) {
            addSessions(plan, from, lastDay, zone, sessions);
        }
        var problem = new SchedulingProblem(grainSet.stream().map(TimeGrain::new).toList(), providers, rooms, busy, sessions);
        problem.setUltrasound(ultrasoundCapacity(clinic, from, lastDay, horizonStart, horizonEnd));
        return problem;
    }

    /** The clinic's ultrasound machines, less those existing bookings hold, per 5-minute granule. */
    private UltrasoundCapacity ultrasoundCapacity(Clinic clinic, LocalDate from, int lastDay, Instant horizonStart,
                                                  Instant horizonEnd) {
        var zone = clinic.timeZone();
        var machines = ultrasound.all(clinic.id()).stream().map(e -> e.id()).collect(java.util.stream.Collectors.toSet());
        var taken = new int[(lastDay + 1) * TimeGrain.MINUTES_PER_DAY / UltrasoundCapacity.GRANULE];
        for (var a : rows.bookedBetween(clinic.id(), null, horizonStart, horizonEnd)) {
            if (a.equipmentIds().stream().noneMatch(machines::contains)) {
                continue;
            }
            int s = Math.max(0, minute(a.start(), from, zone));
            int e = Math.min(taken.length * UltrasoundCapacity.GRANULE, minute(a.end(), from, zone));
            for (int g = s / UltrasoundCapacity.GRANULE; g * UltrasoundCapacity.GRANULE < e; g++) {
                taken[g]++;
            }
        }
        return new UltrasoundCapacity(machines.size(), taken);
    }

    private void addSessions(TreatmentPlanView plan, LocalDate from, int lastDay, ZoneId zone, List<SessionVisit> out) {
        var booked = rows.forPlan(plan.id()).stream().filter(a -> a.isBooked()).toList();
        int next = plan.sessionsDone() + booked.size() + 1;
        LocalDate previous = booked.stream().map(a -> a.start().atZone(zone).toLocalDate()).max(LocalDate::compareTo)
                .orElse(plan.lastSessionOn());
        int windowStart = previous == null ? 0 : (int) ChronoUnit.DAYS.between(from, previous) + plan.intervalMinDays();
        int windowEnd = previous == null ? plan.intervalMaxDays() : windowStart - plan.intervalMinDays() + plan.intervalMaxDays();
        windowStart = Math.max(1, windowStart);
        var part = jdbc.sql("select part_of_day from patient_time_preference where patient_id = :p")
                .param("p", plan.patientId()).query(String.class).optional()
                .map(SessionVisit.PartOfDay::valueOf).orElse(SessionVisit.PartOfDay.ANY);
        int minutes = types.get(AppointmentTypes.SESSION).minutesFor(plan.targets().size());
        SessionVisit prev = null;
        for (int n = next; n <= plan.plannedSessions() && windowStart <= lastDay && windowEnd >= 0; n++) {
            var s = new SessionVisit(plan.id() + "#" + n, plan.id(), plan.patientId(), "Series " + plan.indicationDisplay(),
                    n, minutes, plan.needsFluoroscopy(), windowStart, Math.min(windowEnd, lastDay), plan.intervalMinDays(),
                    plan.intervalMaxDays(), plan.providerId(), part, prev);
            if (plan.targets().stream().anyMatch(t -> UltrasoundMachines.GUIDANCE.equals(t.guidance()))) {
                s.withUltrasound();
            }
            out.add(s);
            prev = s;
            windowStart += plan.intervalMinDays();
            windowEnd += plan.intervalMaxDays();
        }
    }

}
