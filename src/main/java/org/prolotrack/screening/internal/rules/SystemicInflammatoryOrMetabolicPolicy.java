package org.prolotrack.screening.internal.rules;

/** A systemic inflammatory or metabolic condition (case-specific). Rule {@code SYSTEMIC_INFLAMMATORY_OR_METABOLIC} of rules.json. */
final class SystemicInflammatoryOrMetabolicPolicy extends ConditionConceptPolicy {

    SystemicInflammatoryOrMetabolicPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "SYSTEMIC_INFLAMMATORY_OR_METABOLIC");
    }
}
