package org.prolotrack.plan;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Test guard: refuses activation for the patients a test names, so the 409 path can be exercised. */
@Component
public class TestActivationGuard implements PlanActivationGuard {

    private static final Set<UUID> REFUSED = ConcurrentHashMap.newKeySet();

    public static void refuseFor(UUID patientId) {
        REFUSED.add(patientId);
    }

    public static void allow(UUID patientId) {
        REFUSED.remove(patientId);
    }

    @Override
    public Optional<String> missingFor(TreatmentPlanView plan) {
        return REFUSED.contains(plan.patientId()) ? Optional.of("a test precondition") : Optional.empty();
    }
}
