package org.prolotrack.billing.internal;

import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Billing is done by the clinic's own clinicians and staff (and admins); patients and researchers get a 403. */
@Component
class ClinicStaffOnly {

    private final CurrentUsers users;

    ClinicStaffOnly(CurrentUsers users) {
        this.users = users;
    }

    void require(UUID clinicId) {
        var u = users.currentOrSystem();
        if (u.is(Role.ADMIN) || u.worksAt(clinicId)) {
            return;
        }
        throw new BillingException(org.prolotrack.problem.Refusal.Kind.FORBIDDEN, "Only staff of the clinic may see or change its billing.");
    }

    /** Patient billing: clinic staff or admin only (PatientRecords.requireAccess decides which patients). */
    void requireStaffRole() {
        var u = users.currentOrSystem();
        if (!(u.is(Role.ADMIN) || u.is(Role.CLINICIAN) || u.is(Role.STAFF))) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.FORBIDDEN, "Only clinic staff may see or change billing.");
        }
    }

    String who() {
        return users.currentOrSystem().username();
    }
}
