package org.prolotrack.screening.internal.rules;

/** Radicular pain or spinal stenosis, which prolotherapy does not treat. Rule {@code RADICULAR_PAIN_OR_STENOSIS} of rules.json. */
final class RadicularPainOrStenosisPolicy extends ConditionConceptPolicy {

    RadicularPainOrStenosisPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "RADICULAR_PAIN_OR_STENOSIS");
    }
}
