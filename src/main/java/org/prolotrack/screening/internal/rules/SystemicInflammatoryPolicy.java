package org.prolotrack.screening.internal.rules;

/** A systemic inflammatory condition (case-specific). Rule {@code SYSTEMIC_INFLAMMATORY} of rules.json. */
final class SystemicInflammatoryPolicy extends ConditionConceptPolicy {

    SystemicInflammatoryPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "SYSTEMIC_INFLAMMATORY");
    }
}
