package org.prolotrack.knowledge;

import java.util.List;

import org.prolotrack.knowledge.internal.ClasspathKnowledgeLoader;

/**
 * The clinical knowledge ProloTrack runs on: every JSON file under {@code src/main/resources/knowledge/},
 * validated at start-up (a top-level {@code version}; every entry of every top-level array carries a
 * {@code source} and a {@code certainty}). Read-only. See docs/knowledge.md for how to add a file.
 */
public interface KnowledgeBase {

    /** The version of the whole knowledge base; record it with every result computed from it. */
    KnowledgeVersion version();

    /** A file by its path below {@code knowledge/}, e.g. {@code "screening/agents.json"}. */
    KnowledgeFile file(String path);

    /** Paths of all files, sorted. */
    List<String> files();

    /** Loads and validates {@code classpath*:knowledge/**}{@code /*.json} (also usable without Spring, e.g. benchmarks). */
    static KnowledgeBase fromClasspath() {
        return ClasspathKnowledgeLoader.load();
    }
}
