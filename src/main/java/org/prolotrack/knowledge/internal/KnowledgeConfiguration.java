package org.prolotrack.knowledge.internal;

import org.prolotrack.knowledge.KnowledgeBase;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One knowledge base for the application, loaded and validated at start-up. */
@Configuration
class KnowledgeConfiguration {

    @Bean
    KnowledgeBase knowledgeBase() {
        var kb = KnowledgeBase.fromClasspath();
        LoggerFactory.getLogger(KnowledgeConfiguration.class)
                .info("Knowledge base {} loaded ({} files)", kb.version().value(), kb.files().size());
        return kb;
    }
}
