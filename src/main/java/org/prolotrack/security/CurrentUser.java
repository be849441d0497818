package org.prolotrack.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in account, as the rest of ProloTrack sees it.
 *
 * @param clinicId  the clinic a clinician or staff member works for (null for admin, researcher)
 * @param patientId the record a patient account belongs to (null for everyone else)
 * @param providerId the provider a clinician account is (may be null)
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role,
                          UUID clinicId, UUID patientId, UUID providerId) implements Serializable {

    /** Someone from outside a request (a scheduled job, an import): acts as the system. */
    public static final CurrentUser SYSTEM =
            new CurrentUser(new UUID(0, 0), "system", "ProloTrack", Role.ADMIN, null, null, null);

    public boolean is(Role r) {
        return role == r;
    }

    /** Clinic staff (clinician or staff) of the given clinic. */
    public boolean worksAt(UUID clinic) {
        return (role == Role.CLINICIAN || role == Role.STAFF) && clinicId != null && clinicId.equals(clinic);
    }

    /** May this user see identified data of this patient, who belongs to this clinic? */
    public boolean mayReadPatient(UUID patient, UUID patientClinic) {
        return switch (role) {
            case ADMIN -> true;
            case CLINICIAN, STAFF -> worksAt(patientClinic);
            case PATIENT -> patientId != null && patientId.equals(patient);
            case RESEARCHER -> false;
        };
    }
}
