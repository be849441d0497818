package org.prolotrack.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Equipment;
import org.prolotrack.clinic.Room;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.scheduling.SessionBooked;
import org.prolotrack.scheduling.SlotTakenException;
import org.prolotrack.security.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcAppointments implements Appointments {

    private final JdbcClient jdbc;
    private final ClinicDirectory clinics;
    private final AppointmentTypes types;
    private final Availability availability;
    private final SlotFinder slots;
    private final AppointmentRows rows;
    private final Claims claims;
    private final PatientRecords patients;
    private final CurrentUsers users;
    private final ApplicationEventPublisher events;
    private final SeriesWindows windows;
    private final TransactionTemplate nested;
    private final UltrasoundMachines ultrasound;

    JdbcAppointments(JdbcClient jdbc, ClinicDirectory clinics, AppointmentTypes types, Availability availability,
                     SlotFinder slots, AppointmentRows rows, Claims claims, PatientRecords patients,
                     CurrentUsers users, ApplicationEventPublisher events, SeriesWindows windows,
                     PlatformTransactionManager txm, UltrasoundMachines ultrasound) {
        this.ultrasound = ultrasound;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.types = types;
        this.availability = availability;
        this.slots = slots;
        this.rows = rows;
        this.claims = claims;
        this.patients = patients;
        this.users = users;
        this.events = events;
        this.windows = windows;
        this.nested = new TransactionTemplate(txm);
        // inside a caller's transaction (a whole series) a clash rolls back to a savepoint, so the nearest free
        // slots can still be read before the caller's transaction is rolled back
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Appointment book(BookingRequest r) {
        if (r.patientId() == null || r.providerId() == null || r.roomId() == null || r.start() == null) {
            throw new IllegalArgumentException("patientId, providerId, roomId and start are required.");
        }
        patients.requireAccess(r.patientId(), "BOOK_APPOINTMENT");
        var provider = clinics.provider(r.providerId()).filter(p -> p.active())
                .orElseThrow(() -> new IllegalArgumentException("No such provider."));
        var clinic = clinics.clinic(provider.clinicId()).orElseThrow();
        var me = users.currentOrSystem();
        if (me.clinicId() != null && !me.clinicId().equals(clinic.id())) {
            throw new IllegalArgumentException("The provider does not work at your clinic.");
        }
        var room = clinics.rooms(clinic.id()).stream().filter(x -> x.id().equals(r.roomId()) && x.active()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such room at the provider's clinic."));
        var type = types.get(r.type());
        if (!type.roomKinds().contains(room.kind())) {
            throw new IllegalArgumentException("A " + type.name() + " cannot take place in " + room.name() + ".");
        }
        int minutes = r.durationMinutes() == null ? type.defaultMinutes() : r.durationMinutes();
        if (minutes < 5 || minutes > 480 || minutes % Claims.GRANULE_MINUTES != 0) {
            throw new IllegalArgumentException("durationMinutes must be a multiple of 5 between 5 and 480.");
        }
        var start = r.start().toInstant();
        if (start.getEpochSecond() % (Claims.GRANULE_MINUTES * 60) != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("start must fall on a 5-minute boundary (e.g. 09:00, 09:05).");
        }
        if (start.isBefore(Instant.now())) {
            throw new IllegalArgumentException("start is in the past.");
        }
        var end = start.plus(Duration.ofMinutes(minutes));
        boolean fluoro = room.kind() == Room.Kind.FLUOROSCOPY;
        boolean needsUltrasound = ultrasound.needed(r);
        var search = new SlotFinder.Search(clinic.id(), type, minutes, fluoro, provider.id(), r.patientId(),
                start, end, null, needsUltrasound);
        if (!availability.isAvailable(clinic.id(), provider.id(), clinic.timeZone(), start, end)) {
            throw new SlotTakenException(provider.displayName() + " is not working then (hours, absence or closure).",
                    slots.nearest(search, start, 5));
        }
        var fixed = fluoro ? clinics.equipment(clinic.id()).stream()
                .filter(e -> e.active() && e.kind() == Equipment.Kind.FLUOROSCOPY && room.id().equals(e.roomId()))
                .map(Equipment::id).toList() : List.<UUID>of();
        // each option is the equipment to claim; with ultrasound, one option per usable machine (the room's own
        // first, then the portable ones): a machine taken by someone else makes the next one be tried
        var options = new ArrayList<List<UUID>>();
        if (needsUltrasound) {
            for (var machine : ultrasound.candidates(clinic.id(), room.id())) {
                var withMachine = new ArrayList<>(fixed);
                withMachine.add(machine);
                options.add(withMachine);
            }
            if (options.isEmpty()) {
                throw new SlotTakenException("No ultrasound machine can be used in " + room.name() + ".",
                        slots.nearest(search, start, 5));
            }
        } else {
            options.add(fixed);
        }
        var id = UUID.randomUUID();
        int option = 0;
        for (int attempt = 1; ; attempt++) {
            var equipment = options.get(option);
            try {
                nested.executeWithoutResult(s -> insert(id, clinic.id(), r, type.code(), start, end, minutes, equipment));
                break;
            } catch (DuplicateKeyException taken) {
                if (++option < options.size()) {
                    continue;
                }
                throw new SlotTakenException(needsUltrasound
                        ? "The provider, room, patient or every usable ultrasound machine is already booked then."
                        : "The provider, room, equipment or patient is already booked then.",
                        slots.nearest(search, start, 5));
            } catch (ConcurrencyFailureException lockTimeout) {
                // another booking held the same rows and the database gave up waiting; try again, and a real clash
                // then shows as a duplicate key
                if (attempt >= 3 + options.size()) {
                    throw new SlotTakenException("The slot is being booked by someone else right now.",
                            slots.nearest(search, start, 5));
                }
            }
        }
        return rows.find(id).orElseThrow();
    }

    private void insert(UUID id, UUID clinicId, BookingRequest r, String type, Instant start, Instant end, int minutes,
                        List<UUID> equipment) {
        var source = r.source() == null ? Appointment.Source.MANUAL : r.source();
        jdbc.sql("""
                insert into appointment (id, clinic_id, patient_id, provider_id, room_id, type_code, starts_at, ends_at,
                    duration_minutes, status, source, plan_id, session_number, window_start, window_end, outside_window,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :patient, :provider, :room, :type, :s, :e, :m, 'BOOKED', :source, :plan, :n,
                    :ws, :we, :outside, :now, :by, :now, :by)""")
                .param("id", id).param("clinic", clinicId).param("patient", r.patientId())
                .param("provider", r.providerId()).param("room", r.roomId()).param("type", type)
                .param("s", AppointmentRows.utc(start)).param("e", AppointmentRows.utc(end)).param("m", minutes)
                .param("source", source.name()).param("plan", r.planId()).param("n", r.sessionNumber())
                .param("ws", r.windowStart()).param("we", r.windowEnd())
                .param("outside", windows.outside(clinicId, start, r.windowStart(), r.windowEnd()))
                .param("now", now()).param("by", users.currentOrSystem().username()).update();
        for (var e : equipment) {
            jdbc.sql("insert into appointment_equipment (appointment_id, equipment_id) values (:a, :e)")
                    .param("a", id).param("e", e).update();
        }
        var resources = new ArrayList<Claims.Resource>();
        resources.add(new Claims.Resource(r.providerId(), "PROVIDER"));
        resources.add(new Claims.Resource(r.roomId(), "ROOM"));
        equipment.forEach(e -> resources.add(new Claims.Resource(e, "EQUIPMENT")));
        resources.add(new Claims.Resource(r.patientId(), "PATIENT"));
        claims.claim(id, resources, start, end);
        events.publishEvent(new SessionBooked(id, r.patientId(), clinicId, r.providerId(), type, start, end,
                r.planId(), r.sessionNumber()));
    }

    @Override
    public Moved move(UUID appointmentId, OffsetDateTime newStart, UUID providerId, UUID roomId) {
        var old = requireBooked(appointmentId);
        boolean hadUltrasound = old.equipmentIds().stream().anyMatch(
                e -> ultrasound.all(old.clinicId()).stream().anyMatch(m -> m.id().equals(e)));
        var request = new BookingRequest(old.patientId(), providerId == null ? old.providerId() : providerId,
                roomId == null ? old.roomId() : roomId, old.type(), newStart, old.durationMinutes(), old.planId(),
                old.sessionNumber(), old.windowStart(), old.windowEnd(), old.source(), hadUltrasound);
        // the move is: release the old claims and book anew, in one transaction; a clash leaves the old booking
        var outer = new TransactionTemplate(nested.getTransactionManager());
        var moved = outer.execute(s -> {
            setStatus(appointmentId, Appointment.Status.CANCELLED, "Moved to " + newStart);
            claims.release(appointmentId);
            return book(request);
        });
        var reflowed = windows.reflow(moved);
        return new Moved(rows.find(moved.id()).orElseThrow(), reflowed);
    }

    @Override
    public List<FreeSlot> cancel(UUID appointmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A cancellation needs a reason.");
        }
        var a = requireBooked(appointmentId);
        nested.executeWithoutResult(s -> {
            setStatus(appointmentId, Appointment.Status.CANCELLED, reason);
            claims.release(appointmentId);
        });
        return reoffer(a);
    }

    @Override
    public List<FreeSlot> recordNoShow(UUID appointmentId) {
        var a = requireBooked(appointmentId);
        if (a.start().isAfter(Instant.now())) {
            throw new IllegalArgumentException("A no-show can only be recorded once the appointment has started.");
        }
        nested.executeWithoutResult(s -> {
            setStatus(appointmentId, Appointment.Status.NO_SHOW, "Did not attend");
            claims.release(appointmentId);
        });
        return reoffer(a);
    }

    private List<FreeSlot> reoffer(Appointment a) {
        var clinic = clinics.clinic(a.clinicId()).orElseThrow();
        var zone = clinic.timeZone();
        var from = a.windowStart() == null ? Instant.now() : a.windowStart().atStartOfDay(zone).toInstant();
        var to = a.windowEnd() == null ? Instant.now().plus(Duration.ofDays(14))
                : a.windowEnd().plusDays(1).atStartOfDay(zone).toInstant();
        var room = clinics.rooms(a.clinicId()).stream().filter(r -> r.id().equals(a.roomId())).findFirst().orElseThrow();
        return slots.find(new SlotFinder.Search(a.clinicId(), types.get(a.type()), a.durationMinutes(),
                room.kind() == Room.Kind.FLUOROSCOPY, null, a.patientId(), from, to, null,
                a.equipmentIds().stream().anyMatch(e -> ultrasound.all(a.clinicId()).stream()
                        .anyMatch(m -> m.id().equals(e)))), 10);
    }

    private Appointment requireBooked(UUID id) {
        var a = rows.find(id).orElseThrow(() -> new IllegalArgumentException("No such appointment."));
        patients.requireAccess(a.patientId(), "CHANGE_APPOINTMENT");
        if (!a.isBooked()) {
            throw new IllegalArgumentException("The appointment is " + a.status() + ", not booked.");
        }
        return a;
    }

    private void setStatus(UUID id, Appointment.Status status, String reason) {
        jdbc.sql("""
                update appointment set status = :s, status_reason = :r, status_changed_at = :now, status_changed_by = :by,
                    changed_at = :now, changed_by = :by, version = version + 1 where id = :id and status = 'BOOKED'""")
                .param("s", status.name()).param("r", reason).param("now", now())
                .param("by", users.currentOrSystem().username()).param("id", id).update();
    }

    @Override
    public Optional<Appointment> find(UUID appointmentId) {
        var a = rows.find(appointmentId);
        a.ifPresent(x -> patients.requireAccess(x.patientId(), "READ_APPOINTMENT"));
        return a;
    }

    @Override
    public List<Appointment> between(UUID clinicId, UUID providerIdOrNull, Instant from, Instant to) {
        return rows.bookedBetween(clinicId, providerIdOrNull, from, to);
    }

    @Override
    public List<Appointment> forPatient(UUID patientId, Instant from) {
        patients.requireAccess(patientId, "READ_APPOINTMENTS");
        return rows.forPatient(patientId, from);
    }

    @Override
    public List<FreeSlot> freeSlots(UUID clinicId, String type, Integer durationMinutes, Instant from, Instant to, int limit) {
        var t = types.get(type);
        if (Duration.between(from, to).toDays() > 62) {
            throw new IllegalArgumentException("Ask for at most two months of slots at a time.");
        }
        return slots.find(new SlotFinder.Search(clinicId, t, durationMinutes == null ? t.defaultMinutes() : durationMinutes,
                false, null, null, from, to, null), limit);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
