package org.prolotrack.screening.internal.rules;

import java.util.List;

/** Label cautions of a planned agent (e.g. procaine with sulfonamides, or in liver disease). Rule {@code AGENT_CAUTION}. */
final class AgentCautionPolicy extends ScreeningPolicy {

    AgentCautionPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "AGENT_CAUTION");
    }

    @Override
    void apply(Evaluation e) {
        for (var agent : e.plannedAgents) {
            for (var caution : agent.cautions()) {
                var explanation = caution.explanation() + " (planned: " + agent.label() + ")";
                if (caution.drugClass() != null) {
                    for (var m : e.medications) {
                        if (e.inClass(m, List.of(caution.drugClass()))) {
                            e.add(rule, rule.severity(), Evaluation.describe(m.fact()), explanation);
                        }
                    }
                }
                if (caution.concept() != null) {
                    for (var c : e.conditions) {
                        if (c.concepts().contains(caution.concept())) {
                            e.add(rule, rule.severity(), Evaluation.describe(c.fact()), explanation);
                        }
                    }
                }
            }
        }
    }
}
