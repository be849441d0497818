package org.prolotrack.formulation.internal;

import org.prolotrack.formulation.AnestheticLimit;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.SessionCheck;
import org.prolotrack.formulation.Stock;
import org.prolotrack.knowledge.CareKnowledge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain-Java calculator and session check from the formulation knowledge files. */
@Configuration
class FormulationConfiguration {

    record Additive(boolean enabled) { }

    @Bean
    FormulationCalculator formulationCalculator(CareKnowledge knowledge) {
        return new FormulationCalculator(knowledge.list("formulation/stocks.json", "stocks", Stock.class),
                knowledge.version());
    }

    @Bean
    SessionCheck sessionCheck(CareKnowledge knowledge) {
        var file = "formulation/anesthetic-limits.json";
        return new SessionCheck(knowledge.list(file, "limits", AnestheticLimit.class),
                knowledge.object(file, "additiveAcrossAgents", Additive.class).enabled(), knowledge.version());
    }
}
