package org.prolotrack.formulation.internal;

import org.prolotrack.formulation.AnestheticLimit;
import org.prolotrack.formulation.DextroseConcentrationWarning;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.SessionCheck;
import org.prolotrack.formulation.Stock;
import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the plain-Java calculator and session check from the formulation knowledge files. */
@Configuration
class FormulationConfiguration {

    record Additive(boolean enabled) { }

    @Bean
    FormulationCalculator formulationCalculator(KnowledgeBase knowledge) {
        var warnings = knowledge.file("formulation/dextrose-concentration-warnings.json");
        var routes = new java.util.ArrayList<String>();
        warnings.root().get("routes").forEach(r -> routes.add(r.asString()));
        return new FormulationCalculator(knowledge.file("formulation/stocks.json").list("stocks", Stock.class), routes,
                warnings.list("warnings", DextroseConcentrationWarning.class), knowledge.version().value());
    }

    @Bean
    SessionCheck sessionCheck(KnowledgeBase knowledge) {
        var file = knowledge.file("formulation/anesthetic-limits.json");
        return new SessionCheck(file.list("limits", AnestheticLimit.class),
                file.object("additiveAcrossAgents", Additive.class).enabled(), knowledge.version().value());
    }
}
