package org.prolotrack.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * TEST-ONLY stand-in for the plan module's TreatmentPlans until the real implementation (branch course) is on
 * main; delete it then. Tests put the plans they need.
 */
@Component
public class TestTreatmentPlans implements TreatmentPlans {

    private final Map<UUID, TreatmentPlanView> plans = new ConcurrentHashMap<>();

    public TreatmentPlanView put(TreatmentPlanView plan) {
        plans.put(plan.id(), plan);
        return plan;
    }

    public static TreatmentPlanView plan(UUID patientId, UUID clinicId, String indicationCode, String indication,
                                         int plannedSessions, int sessionsDone, LocalDate lastSessionOn) {
        return new TreatmentPlanView(UUID.randomUUID(), patientId, clinicId, null, indicationCode, indication,
                "test-protocol", "Test protocol", TreatmentPlanView.Status.ACTIVE, plannedSessions, 21, 42, List.of(),
                List.of(), List.of("dextrose"), sessionsDone, lastSessionOn, 90, 3, null, Instant.now(), "test");
    }

    @Override
    public Optional<TreatmentPlanView> find(UUID planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    @Override
    public List<TreatmentPlanView> forPatient(UUID patientId) {
        return plans.values().stream().filter(p -> p.patientId().equals(patientId)).toList();
    }

    @Override
    public List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status) {
        return plans.values().stream().filter(p -> p.clinicId().equals(clinicId) && p.status() == status).toList();
    }
}
