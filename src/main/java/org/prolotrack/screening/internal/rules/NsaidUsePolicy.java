package org.prolotrack.screening.internal.rules;

/** An active NSAID: advice to stop before treatment. Rule {@code NSAID_USE} of rules.json. */
final class NsaidUsePolicy extends DrugClassPolicy {

    NsaidUsePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "NSAID_USE");
    }
}
