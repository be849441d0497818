package org.prolotrack.patient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient module's entry point for other modules. Every read here checks that the signed-in user may
 * see the patient (clinic staff: own clinic; patient: own record; admin: all; researcher: none) and writes
 * an audit row.
 */
public interface PatientRecords {

    record Page(List<PatientSummary> items, long total, int page, int size) { }

    /** The chart, or {@link PatientNotFoundException} when absent or not the user's to see. Audited. */
    PatientChart get(UUID patientId);

    /** The chart's voided entries, newest first, with who voided them, when and why. Audited. */
    List<VoidedEntry> voidedEntries(UUID patientId);

    /** Checks access to a patient before another module reads or writes its own data about them. Audited. */
    void requireAccess(UUID patientId, String action);

    /** Searches the user's clinic (all clinics for admin) by name, MRN or date of birth (yyyy-mm-dd). */
    Page search(String query, int page, int size);

    /**
     * For jobs outside a request (reminders, imports, registry): reads without a user, audited as "system"
     * with the given purpose.
     */
    Optional<PatientChart> readAsSystem(UUID patientId, String purpose);
}
