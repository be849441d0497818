package org.prolotrack.screening.internal.rules;

/** Fires once per active medication with an ingredient in one of the rule's drug classes (or a class below one). */
abstract class DrugClassPolicy extends ScreeningPolicy {

    DrugClassPolicy(ScreeningKnowledge knowledge, String ruleId) {
        super(knowledge, ruleId);
    }

    @Override
    void apply(Evaluation e) {
        for (var m : e.medications) {
            var i = e.ingredientIn(m, rule.drugClasses());
            if (i != null) {
                e.add(rule, rule.severity(), Evaluation.describe(m.fact()),
                        rule.explanation() + " (recognised as " + i.ingredient() + ")");
            }
        }
    }
}
