package org.prolotrack.screening.internal.rules;

/** A fever recorded as active: defer the injection. Rule {@code FEVER} of rules.json. */
final class FeverPolicy extends ConditionConceptPolicy {

    FeverPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "FEVER");
    }
}
