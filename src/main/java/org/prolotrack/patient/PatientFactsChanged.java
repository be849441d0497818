package org.prolotrack.patient;

import java.util.UUID;

/**
 * A patient's problem list, medications or allergies changed (added, edited, stopped, resolved or voided).
 * Screening listens to mark earlier screenings stale.
 */
public record PatientFactsChanged(UUID patientId, What what) {

    public enum What { CONDITIONS, MEDICATIONS, ALLERGIES, WEIGHT }
}
