package org.prolotrack.interim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for the plan module's TreatmentPlans until its implementation is on main; tests put
 * the plans they need. Remove when the real implementation lands.
 */
@Component
public class InterimTreatmentPlans implements TreatmentPlans {

    private final Map<UUID, TreatmentPlanView> plans = new ConcurrentHashMap<>();

    public void put(TreatmentPlanView plan) {
        plans.put(plan.id(), plan);
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
