package org.prolotrack.knowledge;

import java.util.Map;

/**
 * Which knowledge a result was computed with: the release label editors bump in {@code knowledge/release.json}
 * plus a digest of every file's bytes (so an edit without a bump still changes the version), and each file's own
 * version.
 */
public record KnowledgeVersion(String release, String digest, Map<String, String> fileVersions) {

    /** The string stored with results, e.g. {@code 2026.05.1+3f9a1c2b7d}. */
    public String value() {
        return release + "+" + digest;
    }

    @Override
    public String toString() {
        return value();
    }
}
