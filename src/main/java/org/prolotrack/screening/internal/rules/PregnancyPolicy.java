package org.prolotrack.screening.internal.rules;

/** An active pregnancy. Rule {@code PREGNANCY} of rules.json. */
final class PregnancyPolicy extends ConditionConceptPolicy {

    PregnancyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "PREGNANCY");
    }
}
