package org.prolotrack.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the course-of-care knowledge files (plan, formulation, procedure, aftercare) under
 * {@code src/main/resources/knowledge/}. Every entry of a top-level array carries its source and certainty.
 */
public interface CareKnowledge {

    /** Binds each element of the top-level array {@code field} of {@code path} (below knowledge/) to {@code type}. */
    <T> List<T> list(String path, String field, Class<T> type);

    /** Binds the top-level object {@code field} of {@code path} to {@code type}. */
    <T> T object(String path, String field, Class<T> type);

    /** The anatomical catalogue. */
    default List<AnatomicalSite> sites() {
        return list("plan/anatomical-catalogue.json", "sites", AnatomicalSite.class);
    }

    default Optional<AnatomicalSite> site(String id) {
        return sites().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The version to record with anything computed from these files. */
    String version();
}
