package org.prolotrack.plan;

import java.util.UUID;

/**
 * Changes a treatment series through its named transitions. Each checks access to the patient, records who and
 * when, and publishes {@link PlanActivated} / {@link PlanStopped}.
 */
public interface PlanCommands {

    /**
     * @param plannedSessions null: the protocol's default
     * @param intervalMinDays null: the protocol's window
     * @param laterality      LEFT, RIGHT, BILATERAL or null (applied to the protocol's sided sites)
     */
    record NewPlan(String indicationCode, String protocolId, Integer plannedSessions, Integer intervalMinDays,
                   Integer intervalMaxDays, String laterality, UUID providerId) { }

    TreatmentPlanView create(UUID patientId, NewPlan plan);

    /** Asks every {@link PlanActivationGuard}; refuses with {@link PlanActivationRefused} naming what is missing. */
    TreatmentPlanView activate(UUID planId);

    TreatmentPlanView complete(UUID planId);

    TreatmentPlanView stop(UUID planId, StopReason reason, String note);

    /** After completion: later, less frequent sessions in a longer window (null: the knowledge defaults). */
    TreatmentPlanView enterMaintenance(UUID planId, Integer intervalMinDays, Integer intervalMaxDays);
}
