package org.prolotrack.audit;

import java.util.UUID;

/** Appends rows to the access log. Nothing in ProloTrack changes or deletes them. */
public interface AuditTrail {

    /** Records an action of the signed-in account (or "system") on a patient's data. */
    void record(String action, UUID patientId, String detail);

    /** Records an action attributed to a named account (e.g. a failed sign-in). */
    void recordAs(String account, String action, UUID patientId, String detail);

    /**
     * Records an action of the signed-in account committed at once, whatever becomes of the caller's transaction —
     * for a refusal, whose request rolls back while its row must stay.
     */
    void recordRegardless(String action, UUID patientId, String detail);
}
