package org.prolotrack.screening.internal.rules;

/** A named screening rule: looks at an evaluation and adds findings with their reason and source. */
abstract class ScreeningPolicy {

    protected final RuleSpec rule;

    ScreeningPolicy(ScreeningKnowledge knowledge, String ruleId) {
        this.rule = knowledge.rule(ruleId);
    }

    String ruleId() {
        return rule.id();
    }

    abstract void apply(Evaluation e);
}
