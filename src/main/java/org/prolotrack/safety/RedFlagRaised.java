package org.prolotrack.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A patient's check-in reported a red flag; an alert waits in the clinic inbox and the clinician was e-mailed.
 * {@code severity} is the alert's: EMERGENCY or RED_FLAG.
 */
public record RedFlagRaised(UUID alertId, UUID checkInId, UUID patientId, UUID clinicId, UUID providerId,
                            List<String> redFlags, Instant raisedAt, String severity) { }
