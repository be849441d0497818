package org.prolotrack.screening.internal.rules;

/** Fires once per active condition that belongs to one of the rule's concepts. */
abstract class ConditionConceptPolicy extends ScreeningPolicy {

    ConditionConceptPolicy(ScreeningKnowledge knowledge, String ruleId) {
        super(knowledge, ruleId);
    }

    @Override
    void apply(Evaluation e) {
        for (var c : e.conditions) {
            for (var concept : rule.concepts()) {
                if (c.concepts().contains(concept)) {
                    e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
                    break;
                }
            }
        }
    }
}
