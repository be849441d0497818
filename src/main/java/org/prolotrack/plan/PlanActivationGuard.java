package org.prolotrack.plan;

import java.util.Optional;

/**
 * A precondition of activating a series that another module owns (a current screening with a decision to
 * proceed; a current signed consent). Each returns what is missing, or empty when satisfied. The plan
 * module asks every guard and refuses activation (409, naming what is missing) if any answers.
 */
public interface PlanActivationGuard {

    Optional<String> missingFor(TreatmentPlanView plan);
}
