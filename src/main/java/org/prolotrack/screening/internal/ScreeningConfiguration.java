package org.prolotrack.screening.internal;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.screening.ScreeningEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One engine per application, compiled from the knowledge base at start-up. */
@Configuration
class ScreeningConfiguration {

    @Bean
    ScreeningEngine screeningEngine(KnowledgeBase knowledgeBase) {
        return new ScreeningEngine(knowledgeBase);
    }
}
