package org.prolotrack.screening.internal.rules;

/** An acute gout flare. Rule {@code ACUTE_GOUT_FLARE} of rules.json. */
final class AcuteGoutFlarePolicy extends ConditionConceptPolicy {

    AcuteGoutFlarePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ACUTE_GOUT_FLARE");
    }
}
