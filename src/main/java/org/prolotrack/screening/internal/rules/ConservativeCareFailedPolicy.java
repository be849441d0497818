package org.prolotrack.screening.internal.rules;

import java.util.stream.Collectors;

import org.prolotrack.screening.ScreeningFacts.CareOutcome;

/** No conservative care that failed (did not help, or only partly) is documented. Rule {@code CONSERVATIVE_CARE_FAILED}. */
final class ConservativeCareFailedPolicy extends ScreeningPolicy {

    ConservativeCareFailedPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "CONSERVATIVE_CARE_FAILED");
    }

    @Override
    void apply(Evaluation e) {
        var care = e.facts.conservativeCare();
        if (care.stream().anyMatch(c -> c.outcome() == CareOutcome.NOT_HELPED || c.outcome() == CareOutcome.PARTLY)) {
            return;
        }
        var fact = care.isEmpty() ? "no conservative care documented"
                : "documented: " + care.stream()
                        .map(c -> c.description() + " (" + c.outcome().name().toLowerCase().replace('_', ' ') + ")")
                        .collect(Collectors.joining("; "));
        e.add(rule, rule.severity(), fact, rule.explanation());
    }
}
