package org.prolotrack.clinic;

import java.util.UUID;

/** A licensed clinician who evaluates and injects. */
public record Provider(UUID id, UUID clinicId, String givenName, String familyName, String credentials,
                       String specialty, String licenceNumber, String licenceState, String email, boolean active) {

    public String displayName() {
        return givenName + " " + familyName + (credentials == null || credentials.isBlank() ? "" : ", " + credentials);
    }
}
