package org.prolotrack.scheduling;

import java.time.Instant;
import java.util.UUID;

/** An appointment was booked (for a series session, {@code planId} and {@code sessionNumber} are set). */
public record SessionBooked(UUID appointmentId, UUID patientId, UUID clinicId, UUID providerId, String typeCode,
                            Instant startsAt, Instant endsAt, UUID planId, Integer sessionNumber) { }
