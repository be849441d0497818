package org.prolotrack.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A booked (or cancelled, missed, attended) appointment. For a series session the interval window it should
 * fall in is kept, and {@code outsideWindow} flags one that a move pushed out of it. {@code equipmentNames} are the
 * machines it claimed (the fluoroscope of the suite, an ultrasound machine), in the order of {@code equipmentIds}.
 */
public record Appointment(UUID id, UUID clinicId, UUID patientId, UUID providerId, UUID roomId,
                          List<UUID> equipmentIds, List<String> equipmentNames, String type, Instant start, Instant end, int durationMinutes,
                          Status status, Source source, UUID planId, Integer sessionNumber,
                          LocalDate windowStart, LocalDate windowEnd, boolean outsideWindow, String statusReason) {

    public enum Status { BOOKED, CANCELLED, NO_SHOW, ATTENDED }

    public enum Source { MANUAL, SERIES, OPTIMISER }

    public boolean isBooked() {
        return status == Status.BOOKED;
    }
}
