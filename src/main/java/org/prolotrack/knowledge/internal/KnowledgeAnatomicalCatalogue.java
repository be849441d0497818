package org.prolotrack.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.prolotrack.knowledge.AnatomicalCatalogue;
import org.prolotrack.knowledge.AnatomicalSite;
import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/** Binds {@code knowledge/plan/anatomical-catalogue.json} once at start-up. */
@Component
class KnowledgeAnatomicalCatalogue implements AnatomicalCatalogue {

    private final List<AnatomicalSite> sites;

    KnowledgeAnatomicalCatalogue(KnowledgeBase knowledge) {
        this.sites = knowledge.file("plan/anatomical-catalogue.json").list("sites", AnatomicalSite.class);
    }

    @Override
    public List<AnatomicalSite> sites() {
        return sites;
    }

    @Override
    public Optional<AnatomicalSite> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
