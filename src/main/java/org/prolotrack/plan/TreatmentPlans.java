package org.prolotrack.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads treatment series. Callers check access to the patient first (PatientRecords.requireAccess). */
public interface TreatmentPlans {

    Optional<TreatmentPlanView> find(UUID planId);

    List<TreatmentPlanView> forPatient(UUID patientId);

    /** Plans in the given status across a clinic (e.g. ACTIVE plans for scheduling and outcome schedules). */
    List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status);
}
