package org.prolotrack.patient;

import java.util.List;
import java.util.UUID;

import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;

/**
 * Registers many complete records at once with batched inserts (demo network, migrations from another system).
 * Only the system or an admin may use it. Each patient gets its own audit row; no events are published.
 */
public interface PatientBulkRegistration {

    record Registration(UUID clinicId, Demographics demographics, List<ConditionEntry> conditions,
                        List<MedicationEntry> medications, List<AllergyEntry> allergies, List<CareEntry> care,
                        List<ImagingEntry> imaging) { }

    /** Registers them all in one transaction and returns their ids in the same order. */
    List<UUID> registerAll(List<Registration> registrations, String purpose);
}
