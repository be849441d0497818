package org.prolotrack.knowledge;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One knowledge file: its path, its own version and its JSON tree, with helpers to bind parts to records. */
public final class KnowledgeFile {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String path;
    private final String version;
    private final JsonNode root;

    public KnowledgeFile(String path, String version, JsonNode root) {
        this.path = path;
        this.version = version;
        this.root = root;
    }

    public String path() {
        return path;
    }

    public String version() {
        return version;
    }

    /** The whole document (read it; do not change it). */
    public JsonNode root() {
        return root;
    }

    /** Binds each element of the top-level array {@code field} to {@code type} (unknown properties ignored). */
    public <T> List<T> list(String field, Class<T> type) {
        var node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new KnowledgeException(path + ": no array '" + field + "'");
        }
        var out = new ArrayList<T>(node.size());
        for (var element : node) {
            try {
                out.add(MAPPER.treeToValue(element, type));
            } catch (RuntimeException e) {
                throw new KnowledgeException(path + ": an element of '" + field + "' does not fit "
                        + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** Binds the top-level object {@code field} to {@code type}. */
    public <T> T object(String field, Class<T> type) {
        var node = root.get(field);
        if (node == null || !node.isObject()) {
            throw new KnowledgeException(path + ": no object '" + field + "'");
        }
        return MAPPER.treeToValue(node, type);
    }
}
