package org.prolotrack.screening.internal.rules;

/**
 * An active allergy to an ingredient of the planned solution (by code, ingredient or brand name, or allergy
 * class such as "amide local anesthetic"); an allergy to another member of the class is a caution. Rule
 * {@code AGENT_ALLERGY}.
 */
final class AgentAllergyPolicy extends ScreeningPolicy {

    AgentAllergyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "AGENT_ALLERGY");
    }

    @Override
    void apply(Evaluation e) {
        for (var allergy : e.allergies) {
            for (var hit : e.knowledge.agents().allergyHits(allergy, e.plannedAgents)) {
                var where = hit.ingredient().label() + " in the planned " + hit.agent().label()
                        + " (matched on '" + hit.matchedOn() + "').";
                if (hit.related()) {
                    e.add(rule, rule.relatedSeverity(), "allergy: " + allergy.substance(),
                            rule.relatedExplanation() + " " + where);
                } else {
                    e.add(rule, rule.severity(), "allergy: " + allergy.substance(), rule.explanation() + " " + where);
                }
            }
        }
    }
}
