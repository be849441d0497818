package org.prolotrack.safety;

import java.util.List;
import java.util.UUID;

/** The clinic inbox of red-flag alerts. */
public interface SafetyAlerts {

    List<SafetyAlert> forClinic(UUID clinicId, boolean openOnly);

    List<SafetyAlert> forPatient(UUID patientId);

    /** The signed-in person acknowledges the alert with a note (what was done). */
    SafetyAlert acknowledge(UUID alertId, String note);

    /** Escalates alerts left unacknowledged too long (the scheduler calls this; safe with several instances). */
    int escalateOverdue();
}
