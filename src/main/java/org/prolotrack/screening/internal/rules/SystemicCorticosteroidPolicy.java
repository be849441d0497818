package org.prolotrack.screening.internal.rules;

/** An active systemic (not topical) corticosteroid. Rule {@code SYSTEMIC_CORTICOSTEROID} of rules.json. */
final class SystemicCorticosteroidPolicy extends DrugClassPolicy {

    SystemicCorticosteroidPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "SYSTEMIC_CORTICOSTEROID");
    }
}
