package org.prolotrack.knowledge;

import java.util.List;
import java.util.Optional;

/** The anatomical targets injections are chosen from ({@code knowledge/plan/anatomical-catalogue.json}). */
public interface AnatomicalCatalogue {

    List<AnatomicalSite> sites();

    Optional<AnatomicalSite> site(String id);
}
