package org.prolotrack.screening.internal.rules;

/** Cellulitis, septic arthritis, osteomyelitis or a systemic infection, wherever it is. Rule {@code ACUTE_INFECTION} of rules.json. */
final class AcuteInfectionPolicy extends ConditionConceptPolicy {

    AcuteInfectionPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ACUTE_INFECTION");
    }
}
