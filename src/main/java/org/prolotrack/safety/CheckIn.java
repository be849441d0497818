package org.prolotrack.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post-procedure check-in (24 h, 72 h, 7 days after a session) and what the patient reported; {@code emergencies}
 * are the red flags of the emergency tier (call 911 / emergency department).
 */
public record CheckIn(UUID id, UUID patientId, UUID clinicId, UUID procedureNoteId, int sessionNumber, String label,
                      String title, Instant dueAt, boolean linkSent, boolean submitted, Instant submittedAt,
                      List<String> symptoms, List<String> redFlags, Integer painNow, String comment,
                      List<String> emergencies) {

    public boolean emergency() {
        return !emergencies.isEmpty();
    }
}
