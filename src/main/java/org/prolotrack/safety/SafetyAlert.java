package org.prolotrack.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A red-flag alert in a clinic's inbox. A named person acknowledges it with a note. */
public record SafetyAlert(UUID id, UUID checkInId, UUID patientId, UUID clinicId, UUID providerId, List<String> redFlags,
                          Instant raisedAt, boolean acknowledged, String acknowledgedBy, String acknowledgedByName,
                          Instant acknowledgedAt, String acknowledgement, Instant escalatedAt, String patientName,
                          String comment, Integer painNow) { }
