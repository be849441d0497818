package org.prolotrack.screening.internal.rules;

/** Diabetes: a caution about infection and healing (glycaemic control). Rule {@code DIABETES} of rules.json. */
final class DiabetesPolicy extends ConditionConceptPolicy {

    DiabetesPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "DIABETES");
    }
}
