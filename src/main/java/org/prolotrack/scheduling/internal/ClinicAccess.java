package org.prolotrack.scheduling.internal;

import java.util.UUID;

import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may see and change a clinic's calendar: its clinicians and staff, and admins (and the system). */
@Component
public class ClinicAccess {

    private final ClinicDirectory clinics;
    private final CurrentUsers users;

    ClinicAccess(ClinicDirectory clinics, CurrentUsers users) {
        this.clinics = clinics;
        this.users = users;
    }

    /** The clinic, or 404 when it does not exist or is not the user's. */
    public Clinic require(UUID clinicId) {
        CurrentUser me = users.currentOrSystem();
        var clinic = clinics.clinic(clinicId).orElse(null);
        if (clinic == null || !(me.is(Role.ADMIN) || me.worksAt(clinicId))) {
            throw org.prolotrack.problem.Refusal.notFound("No such clinic.");
        }
        return clinic;
    }
}
