package org.prolotrack.screening.internal.rules;

/** An active anticoagulant, recognised by RxNorm ingredient or product code or by name. Rule {@code ANTICOAGULANT_THERAPY} of rules.json. */
final class AnticoagulantTherapyPolicy extends DrugClassPolicy {

    AnticoagulantTherapyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ANTICOAGULANT_THERAPY");
    }
}
