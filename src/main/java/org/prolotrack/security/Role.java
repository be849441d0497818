package org.prolotrack.security;

/** What an account may do. Clinicians and staff act for one clinic; a patient for their own record. */
public enum Role {
    ADMIN, CLINICIAN, STAFF, PATIENT, RESEARCHER;

    public String authority() {
        return "ROLE_" + name();
    }
}
