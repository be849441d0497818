package org.prolotrack.screening.internal.rules;

/** An active antiplatelet drug. Rule {@code ANTIPLATELET_THERAPY} of rules.json. */
final class AntiplateletTherapyPolicy extends DrugClassPolicy {

    AntiplateletTherapyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ANTIPLATELET_THERAPY");
    }
}
