package org.prolotrack.patient.internal;

import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.patient.PatientChangeForbiddenException;
import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read or change a patient, and writes the audit row for every allowed read
 * or change (and every refused one). Absent and forbidden patients answer alike: {@link PatientNotFoundException}.
 */
@Component
class PatientAccess {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;

    PatientAccess(JdbcClient jdbc, CurrentUsers users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** Checks that the user may read the patient and audits {@code action}; 404 otherwise. */
    CurrentUser requireRead(UUID patientId, String action) {
        var user = users.currentOrSystem();
        var clinic = clinicOf(patientId);
        if (clinic.isEmpty() || !user.mayReadPatient(patientId, clinic.get())) {
            denied("ACCESS_DENIED", patientId, action);
            throw new PatientNotFoundException(patientId);
        }
        audited(action, patientId, null);
        return user;
    }

    /** Checks that the user may change the patient (clinic staff of its clinic or admin) and audits the change. */
    CurrentUser requireChange(UUID patientId, String action, String detail) {
        var user = users.currentOrSystem();
        var clinic = clinicOf(patientId);
        if (clinic.isEmpty() || !user.mayReadPatient(patientId, clinic.get())) {
            denied("ACCESS_DENIED", patientId, action);
            throw new PatientNotFoundException(patientId);
        }
        if (!mayChange(user)) {
            denied("CHANGE_DENIED", patientId, action);
            throw new PatientChangeForbiddenException();
        }
        audited(action, patientId, detail);
        return user;
    }

    /** The clinic a new patient is registered at: the user's own, or the one an admin names. */
    UUID clinicForRegistration(UUID requested) {
        var user = users.currentOrSystem();
        if (user.is(Role.ADMIN)) {
            if (requested == null) {
                throw PatientDataException.invalid("clinicId", "Choose the clinic to register the patient at.");
            }
            return requested;
        }
        if (!mayChange(user)) {
            throw new PatientChangeForbiddenException();
        }
        if (requested != null && !requested.equals(user.clinicId())) {
            throw PatientDataException.invalid("clinicId", "You can register patients only at your own clinic.");
        }
        return user.clinicId();
    }

    CurrentUser user() {
        return users.currentOrSystem();
    }

    /** Appends an audit row (the audit trail copes with read-only callers itself). */
    void audited(String action, UUID patientId, String detail) {
        audit.record(action, patientId, detail);
    }

    /** Like {@link #audited} for a named account (e.g. "system" for reads outside a request). */
    void auditedAs(String account, String action, UUID patientId, String detail) {
        audit.recordAs(account, action, patientId, detail);
    }

    /** A refusal is logged in its own transaction: the refused request rolls back, the log row stays. */
    private void denied(String what, UUID patientId, String action) {
        audit.recordRegardless(what, patientId, action);
    }

    private static boolean mayChange(CurrentUser user) {
        return user.is(Role.ADMIN) || user.is(Role.CLINICIAN) || user.is(Role.STAFF);
    }

    private Optional<UUID> clinicOf(UUID patientId) {
        if (patientId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select clinic_id from patient where id = :id").param("id", patientId).query(UUID.class).optional();
    }
}
