package org.prolotrack.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.prolotrack.scheduling.SeriesBooking;
import org.prolotrack.scheduling.internal.optimiser.SessionVisit.PartOfDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

@Service
class SeriesPlanner implements SeriesBooking {

    private final TreatmentPlans plans;
    private final PatientRecords patients;
    private final ClinicDirectory clinics;
    private final AppointmentTypes types;
    private final SlotFinder slots;
    private final AppointmentRows rows;
    private final Appointments appointments;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SeriesPlanner(TreatmentPlans plans, PatientRecords patients, ClinicDirectory clinics, AppointmentTypes types,
                  SlotFinder slots, AppointmentRows rows, Appointments appointments, JdbcClient jdbc,
                  TransactionTemplate tx) {
        this.plans = plans;
        this.patients = patients;
        this.clinics = clinics;
        this.types = types;
        this.slots = slots;
        this.rows = rows;
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    private TreatmentPlanView plan(UUID planId) {
        var plan = plans.find(planId).orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such plan."));
        patients.requireAccess(plan.patientId(), "BOOK_SERIES");
        return plan;
    }

    @Override
    public Proposal propose(UUID planId) {
        var plan = plan(planId);
        if (plan.status() != TreatmentPlanView.Status.ACTIVE) {
            throw new IllegalArgumentException("Only an active series can be booked; this one is " + plan.status() + ".");
        }
        var zone = clinics.clinic(plan.clinicId()).orElseThrow().timeZone();
        var type = types.get(AppointmentTypes.SESSION);
        int minutes = type.minutesFor(plan.targets().size());
        var booked = rows.forPlan(planId).stream().filter(Appointment::isBooked).toList();
        LocalDate previous = booked.stream().map(a -> a.start().atZone(zone).toLocalDate()).max(LocalDate::compareTo)
                .orElse(plan.lastSessionOn());
        var preferred = jdbc.sql("select part_of_day from patient_time_preference where patient_id = :p")
                .param("p", plan.patientId()).query(String.class).optional().map(PartOfDay::valueOf).orElse(PartOfDay.ANY);
        var sessions = new ArrayList<ProposedSession>();
        var tomorrow = LocalDate.now(zone).plusDays(1);
        for (int n = plan.sessionsDone() + booked.size() + 1; n <= plan.plannedSessions(); n++) {
            var ws = previous == null ? tomorrow : max(previous.plusDays(plan.intervalMinDays()), tomorrow);
            var we = previous == null ? tomorrow.plusDays(plan.intervalMaxDays()) : previous.plusDays(plan.intervalMaxDays());
            var from = ws.atStartOfDay(zone).toInstant();
            var to = we.plusDays(1).atStartOfDay(zone).toInstant();
            var byPart = partOfDay(preferred, zone);
            String why;
            var slot = first(plan, type, minutes, plan.providerId(), from, to, byPart);
            why = "the series' provider, " + (preferred == PartOfDay.ANY ? "earliest free slot" : preferred.name().toLowerCase() + " as preferred");
            if (slot == null && preferred != PartOfDay.ANY) {
                slot = first(plan, type, minutes, plan.providerId(), from, to, null);
                why = "the series' provider; no " + preferred.name().toLowerCase() + " slot free in the window";
            }
            if (slot == null) {
                slot = first(plan, type, minutes, null, from, to, byPart);
                why = "the series' provider is fully booked in the window; another provider";
            }
            if (slot == null) {
                sessions.add(new ProposedSession(n, ws, we, null, null, null, null, null, null, minutes,
                        "nothing free inside the window: book by hand or widen the window"));
                previous = ws;
                continue;
            }
            sessions.add(new ProposedSession(n, ws, we, slot.start(), slot.end(), slot.providerId(), slot.providerName(),
                    slot.roomId(), slot.roomName(), minutes, why + "; inside the " + plan.intervalMinDays() + "-"
                    + plan.intervalMaxDays() + " day interval"));
            previous = slot.start().atZone(zone).toLocalDate();
        }
        return new Proposal(planId, plan.patientId(), type.code(), sessions);
    }

    private Appointments.FreeSlot first(TreatmentPlanView plan, AppointmentTypes.Type type, int minutes, UUID provider,
                                        Instant from, Instant to, Predicate<Instant> filter) {
        var found = slots.find(new SlotFinder.Search(plan.clinicId(), type, minutes, plan.needsFluoroscopy(), provider,
                plan.patientId(), from, to, filter,
                plan.targets().stream().anyMatch(t -> UltrasoundMachines.GUIDANCE.equals(t.guidance()))), 1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Predicate<Instant> partOfDay(PartOfDay part, java.time.ZoneId zone) {
        return switch (part) {
            case MORNING -> t -> t.atZone(zone).getHour() < 12;
            case AFTERNOON -> t -> t.atZone(zone).getHour() >= 12;
            case ANY -> null;
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public List<Appointment> confirm(UUID planId, List<ProposedSession> sessions) {
        var plan = plan(planId);
        return tx.execute(s -> {
            var booked = new ArrayList<Appointment>();
            for (var p : sessions) {
                if (p.start() == null || p.providerId() == null || p.roomId() == null) {
                    continue;
                }
                booked.add(appointments.book(new BookingRequest(plan.patientId(), p.providerId(), p.roomId(),
                        AppointmentTypes.SESSION, p.start().atOffset(ZoneOffset.UTC), p.durationMinutes(), planId,
                        p.sessionNumber(), p.windowStart(), p.windowEnd(), Appointment.Source.SERIES)));
            }
            return booked;
        });
    }

    @Override
    public List<Appointment> sessionsOf(UUID planId) {
        plan(planId);
        return rows.forPlan(planId);
    }
}
