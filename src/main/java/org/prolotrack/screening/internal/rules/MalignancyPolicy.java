package org.prolotrack.screening.internal.rules;

/** An active malignancy or cancer-related pain. Rule {@code MALIGNANCY} of rules.json. */
final class MalignancyPolicy extends ConditionConceptPolicy {

    MalignancyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "MALIGNANCY");
    }
}
