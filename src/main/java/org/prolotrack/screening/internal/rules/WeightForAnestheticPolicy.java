package org.prolotrack.screening.internal.rules;

import java.math.BigDecimal;

/** A local anesthetic is planned and no weight is recorded (the dose limit is per kg). Rule {@code WEIGHT_FOR_ANESTHETIC}. */
final class WeightForAnestheticPolicy extends ScreeningPolicy {

    WeightForAnestheticPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "WEIGHT_FOR_ANESTHETIC");
    }

    @Override
    void apply(Evaluation e) {
        var weight = e.facts.weightKg();
        if (weight != null && weight.compareTo(BigDecimal.ZERO) > 0) {
            return;
        }
        for (var agent : e.plannedAgents) {
            if (agent.anesthetic()) {
                e.add(rule, rule.severity(), "no weight recorded; planned anesthetic: " + agent.label(), rule.explanation());
                return;
            }
        }
    }
}
