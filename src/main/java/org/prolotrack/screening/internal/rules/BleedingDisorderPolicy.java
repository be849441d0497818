package org.prolotrack.screening.internal.rules;

/**
 * A bleeding disorder: absolute, or relative when the entry says it is controlled (source: "uncontrolled bleeding
 * disorders" are the contraindication). Rule {@code BLEEDING_DISORDER}.
 */
final class BleedingDisorderPolicy extends ScreeningPolicy {

    BleedingDisorderPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "BLEEDING_DISORDER");
    }

    @Override
    void apply(Evaluation e) {
        for (var c : e.conditions) {
            if (rule.concepts().stream().noneMatch(c.concepts()::contains)) {
                continue;
            }
            var text = Terms.lower(c.fact().display());
            boolean controlled = Terms.containsAny(text, rule.controlledTerms());
            if (controlled && rule.controlledSeverity() != null) {
                e.add(rule, rule.controlledSeverity(), Evaluation.describe(c.fact()), rule.controlledExplanation());
            } else {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
            }
        }
    }
}
