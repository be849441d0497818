package org.prolotrack.screening.internal.rules;

/**
 * Immunosuppression: an active immunosuppressant (biologic, JAK inhibitor, methotrexate and the like, chemotherapy)
 * or a recorded immunodeficiency / ongoing chemotherapy. Rule {@code IMMUNOSUPPRESSION} of rules.json.
 */
final class ImmunosuppressionPolicy extends ScreeningPolicy {

    ImmunosuppressionPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "IMMUNOSUPPRESSION");
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
        for (var c : e.conditions) {
            if (rule.concepts().stream().anyMatch(c.concepts()::contains)) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
            }
        }
    }
}
