package org.prolotrack.screening.internal.rules;

/** An acute fracture (initial-encounter codes only). Rule {@code ACUTE_FRACTURE} of rules.json. */
final class AcuteFracturePolicy extends ConditionConceptPolicy {

    AcuteFracturePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ACUTE_FRACTURE");
    }
}
