package org.prolotrack.fhir.internal;

import java.util.UUID;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which clinic an import writes to. Clinicians and staff import into their own clinic (the default; naming another
 * is refused); an admin must name the clinic (its code, e.g. MAD, or its id); patients and researchers may not
 * import.
 */
@Component
class ImportClinics {

    private final ClinicDirectory clinics;

    ImportClinics(ClinicDirectory clinics) {
        this.clinics = clinics;
    }

    Clinic resolve(CurrentUser user, String requested) {
        var named = requested == null || requested.isBlank() ? null : find(requested.trim());
        return switch (user.role()) {
            case ADMIN -> {
                if (named == null) {
                    throw new InvalidRequestException(
                            "Name the clinic to import into: ?clinic=<code> or the X-ProloTrack-Clinic header.");
                }
                yield named;
            }
            case CLINICIAN, STAFF -> {
                if (named != null && !named.id().equals(user.clinicId())) {
                    throw new ForbiddenOperationException("You may import only into your own clinic.");
                }
                yield named != null ? named : clinics.clinic(user.clinicId())
                        .orElseThrow(() -> new ForbiddenOperationException("Your account has no clinic."));
            }
            case PATIENT, RESEARCHER -> throw new ForbiddenOperationException("Your role may not import patients.");
        };
    }

    /** A clinic by code or id; an unknown one is the caller's mistake (400). */
    Clinic find(String codeOrId) {
        UUID id = null;
        try {
            id = UUID.fromString(codeOrId);
        } catch (IllegalArgumentException e) {
            // a code
        }
        var wantedId = id;
        return clinics.clinics().stream()
                .filter(c -> c.code().equalsIgnoreCase(codeOrId) || c.id().equals(wantedId))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("No clinic '" + codeOrId + "'."));
    }

    static boolean mayImport(Role role) {
        return role != Role.PATIENT && role != Role.RESEARCHER;
    }
}
