package org.prolotrack.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.prolotrack.clinic.Room;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments.FreeSlot;
import org.springframework.stereotype.Component;

/** Finds free slots: provider working and free, a suitable room free, the patient free. */
@Component
public class SlotFinder {

    static final int STEP_MINUTES = 15;

    /** What to look for. {@code onlyProviderId} null means any provider of the clinic. */
    public record Search(UUID clinicId, AppointmentTypes.Type type, int minutes, boolean needsFluoroscopy,
                         UUID onlyProviderId, UUID patientId, Instant from, Instant to,
                         Predicate<Instant> startFilter, boolean needsUltrasound) {

        public Search(UUID clinicId, AppointmentTypes.Type type, int minutes, boolean needsFluoroscopy,
                      UUID onlyProviderId, UUID patientId, Instant from, Instant to, Predicate<Instant> startFilter) {
            this(clinicId, type, minutes, needsFluoroscopy, onlyProviderId, patientId, from, to, startFilter, false);
        }
    }

    private final ClinicDirectory clinics;
    private final Availability availability;
    private final AppointmentRows rows;
    private final UltrasoundMachines ultrasound;

    SlotFinder(ClinicDirectory clinics, Availability availability, AppointmentRows rows, UltrasoundMachines ultrasound) {
        this.ultrasound = ultrasound;
        this.clinics = clinics;
        this.availability = availability;
        this.rows = rows;
    }

    public List<FreeSlot> find(Search s, int limit) {
        var clinic = clinics.clinic(s.clinicId()).orElseThrow(() -> new IllegalArgumentException("No such clinic."));
        ZoneId zone = clinic.timeZone();
        var from = s.from().isBefore(Instant.now()) ? Instant.now() : s.from();
        if (!s.to().isAfter(from)) {
            return List.of();
        }
        var booked = rows.bookedBetween(s.clinicId(), null, from.minus(Duration.ofDays(1)), s.to().plus(Duration.ofDays(1)));
        var rooms = suitableRooms(s);
        var machines = new java.util.HashMap<UUID, List<UUID>>();
        if (s.needsUltrasound()) {
            rooms.forEach(r -> machines.put(r.id(), ultrasound.candidates(s.clinicId(), r.id())));
        }
        var providers = clinics.providers(s.clinicId()).stream().filter(Provider::active)
                .filter(p -> s.onlyProviderId() == null || p.id().equals(s.onlyProviderId())).toList();
        var length = Duration.ofMinutes(s.minutes());
        var found = new ArrayList<FreeSlot>();
        for (var p : providers) {
            for (var w : availability.windows(s.clinicId(), p.id(), zone, from.atZone(zone).toLocalDate(),
                    s.to().atZone(zone).toLocalDate())) {
                for (var t = alignUp(w.start().isBefore(from) ? from : w.start()); !t.plus(length).isAfter(w.end())
                        && !t.plus(length).isAfter(s.to()); t = t.plus(Duration.ofMinutes(STEP_MINUTES))) {
                    var end = t.plus(length);
                    if ((s.startFilter() != null && !s.startFilter().test(t))
                            || busy(booked, a -> a.providerId().equals(p.id()), t, end)
                            || (s.patientId() != null && busy(booked, a -> a.patientId().equals(s.patientId()), t, end))) {
                        continue;
                    }
                    final var start = t;
                    rooms.stream().filter(r -> !busy(booked, a -> a.roomId().equals(r.id()), start, end))
                            .filter(r -> !s.needsUltrasound() || machines.getOrDefault(r.id(), List.of()).stream()
                                    .anyMatch(m -> !busy(booked, a -> a.equipmentIds().contains(m), start, end)))
                            .findFirst()
                            .ifPresent(r -> found.add(new FreeSlot(start, end, p.id(), p.displayName(), r.id(), r.name())));
                }
            }
        }
        found.sort(Comparator.comparing(FreeSlot::start).thenComparing(FreeSlot::providerName));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** The nearest free slots around a wished-for start: the same provider first, then others. */
    public List<FreeSlot> nearest(Search s, Instant wished, int count) {
        var around = new Search(s.clinicId(), s.type(), s.minutes(), s.needsFluoroscopy(), null, s.patientId(),
                wished.minus(Duration.ofDays(3)), wished.plus(Duration.ofDays(10)), null, s.needsUltrasound());
        var all = new ArrayList<>(find(around, 5_000));
        Comparator<FreeSlot> byDistance = Comparator.comparing(f -> Duration.between(wished, f.start()).abs());
        all.sort(byDistance);
        var result = new ArrayList<FreeSlot>();
        all.stream().filter(f -> f.providerId().equals(s.onlyProviderId())).limit(count).forEach(result::add);
        all.stream().filter(f -> !f.providerId().equals(s.onlyProviderId()))
                .limit(Math.max(1, count - result.size())).forEach(result::add);
        result.sort(byDistance);
        return result;
    }

    List<Room> suitableRooms(Search s) {
        return clinics.rooms(s.clinicId()).stream().filter(Room::active)
                .filter(r -> s.needsFluoroscopy() ? r.kind() == Room.Kind.FLUOROSCOPY : s.type().roomKinds().contains(r.kind()))
                // keep the fluoroscopy suite for the sessions that need it
                .sorted(Comparator.comparing((Room r) -> r.kind() == Room.Kind.FLUOROSCOPY).thenComparing(Room::name))
                .toList();
    }

    private static boolean busy(List<Appointment> booked, Predicate<Appointment> who, Instant s, Instant e) {
        for (var a : booked) {
            if (a.start().isBefore(e) && a.end().isAfter(s) && who.test(a)) {
                return true;
            }
        }
        return false;
    }

    static Instant alignUp(Instant t) {
        long step = STEP_MINUTES * 60L;
        long sec = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(((sec + step - 1) / step) * step);
    }
}
