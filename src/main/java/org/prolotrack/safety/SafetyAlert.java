package org.prolotrack.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A red-flag alert in a clinic's inbox. A named person acknowledges it with a note. {@code severity} is EMERGENCY
 * (the patient reported an emergency-tier symptom and was told to call 911) or RED_FLAG.
 */
public record SafetyAlert(UUID id, UUID checkInId, UUID patientId, UUID clinicId, UUID providerId, List<String> redFlags,
                          Instant raisedAt, boolean acknowledged, String acknowledgedBy, String acknowledgedByName,
                          Instant acknowledgedAt, String acknowledgement, Instant escalatedAt, String patientName,
                          String comment, Integer painNow, String severity) {

    public static final String EMERGENCY = "EMERGENCY";
    public static final String RED_FLAG = "RED_FLAG";

    public boolean emergency() {
        return EMERGENCY.equals(severity);
    }
}
