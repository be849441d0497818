package org.prolotrack.screening.internal.rules;

/** Fires once per active medication with an ingredient in one of the rule's drug classes. */
abstract class DrugClassPolicy extends ScreeningPolicy {

    DrugClassPolicy(ScreeningKnowledge knowledge, String ruleId) {
        super(knowledge, ruleId);
    }

    @Override
    void apply(Evaluation e) {
        for (var m : e.medications) {
            for (var i : m.ingredients()) {
                if (rule.drugClasses().contains(i.drugClass())) {
                    e.add(rule, rule.severity(), Evaluation.describe(m.fact()),
                            rule.explanation() + " (recognised as " + i.ingredient() + ")");
                    break;
                }
            }
        }
    }
}
