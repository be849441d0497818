package org.prolotrack.security;

/**
 * The EHR client behind the current CDS Hooks call (authenticated by its signed JWT, see
 * {@code prolotrack.cds-hooks.clients}): which FHIR servers ProloTrack may read that client's patient data from.
 */
public interface CdsHooksCallers {

    /**
     * True only when {@code fhirServer} is on the allow-list of the client that signed the current call (or, in
     * development mode and unsigned, on the development list). ProloTrack fetches from no other server.
     */
    boolean mayReadFrom(String fhirServer);
}
