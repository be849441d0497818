package org.prolotrack.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Books, moves, cancels and lists appointments. Every booking claims its provider, room, equipment and patient
 * in the database, so two overlapping bookings can never both be saved; the loser gets a
 * {@link SlotTakenException} with the nearest free alternatives.
 */
public interface Appointments {

    /**
     * What staff ask for. {@code durationMinutes} null means the type's default. {@code ultrasound} asks for an
     * ultrasound machine; a series session whose plan has an ultrasound-guided target gets one anyway.
     */
    record BookingRequest(UUID patientId, UUID providerId, UUID roomId, String type, OffsetDateTime start,
                          Integer durationMinutes, UUID planId, Integer sessionNumber, LocalDate windowStart,
                          LocalDate windowEnd, Appointment.Source source, boolean ultrasound) {

        public BookingRequest(UUID patientId, UUID providerId, UUID roomId, String type, OffsetDateTime start,
                              Integer durationMinutes, UUID planId, Integer sessionNumber, LocalDate windowStart,
                              LocalDate windowEnd, Appointment.Source source) {
            this(patientId, providerId, roomId, type, start, durationMinutes, planId, sessionNumber, windowStart,
                    windowEnd, source, false);
        }

        /** The same request, asking for an ultrasound machine. */
        public BookingRequest withUltrasound() {
            return new BookingRequest(patientId, providerId, roomId, type, start, durationMinutes, planId,
                    sessionNumber, windowStart, windowEnd, source, true);
        }

        public static BookingRequest manual(UUID patientId, UUID providerId, UUID roomId, String type,
                                            OffsetDateTime start, Integer durationMinutes) {
            return new BookingRequest(patientId, providerId, roomId, type, start, durationMinutes, null, null, null,
                    null, Appointment.Source.MANUAL);
        }
    }

    /** A free slot: provider, room (and the equipment it needs) all free for the whole duration. */
    record FreeSlot(Instant start, Instant end, UUID providerId, String providerName, UUID roomId, String roomName) { }

    /** The moved appointment, and the later sessions of its series whose windows changed. */
    record Moved(Appointment appointment, List<Appointment> reflowed) { }

    Appointment book(BookingRequest request);

    /** Moves an appointment (new start; optionally another provider or room) and re-flows its series' windows. */
    Moved move(UUID appointmentId, OffsetDateTime newStart, UUID providerId, UUID roomId);

    /** Cancels with a reason; the slot is released and the answer offers free slots for the same session. */
    List<FreeSlot> cancel(UUID appointmentId, String reason);

    /** Records a no-show; the answer offers free slots for the same session. */
    List<FreeSlot> recordNoShow(UUID appointmentId);

    Optional<Appointment> find(UUID appointmentId);

    /** Booked appointments of a clinic (optionally one provider) between two instants. */
    List<Appointment> between(UUID clinicId, UUID providerIdOrNull, Instant from, Instant to);

    /** The patient's appointments from the given instant on (all statuses). Checks access to the patient. */
    List<Appointment> forPatient(UUID patientId, Instant from);

    /** Free slots of a clinic for an appointment type (default duration, or the given one), earliest first. */
    List<FreeSlot> freeSlots(UUID clinicId, String type, Integer durationMinutes, Instant from, Instant to, int limit);
}
