package org.prolotrack.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.prolotrack.knowledge.CareKnowledge;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the course-of-care knowledge files from the classpath, checking each entry names a source and certainty. */
@Component
class CareKnowledgeFiles implements CareKnowledge {

    static final List<String> FILES = List.of("plan/protocols.json", "plan/anatomical-catalogue.json",
            "formulation/stocks.json", "formulation/anesthetic-limits.json", "procedure/visit-times.json", "aftercare/aftercare.json");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, JsonNode> roots = new ConcurrentHashMap<>();
    private final String version;

    CareKnowledgeFiles() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String release = null;
        for (var path : FILES) {
            var bytes = read(path);
            var root = MAPPER.readTree(bytes);
            check(path, root);
            roots.put(path, root);
            release = release == null ? root.get("version").asString() : release;
            sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        this.version = release + "+" + HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource("knowledge/" + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge/" + path, e);
        }
    }

    private static void check(String path, JsonNode root) {
        if (!root.isObject() || root.get("version") == null) {
            throw new IllegalStateException("knowledge/" + path + " has no top-level version");
        }
        for (var field : root.properties()) {
            if (!field.getValue().isArray()) {
                continue;
            }
            for (var entry : field.getValue()) {
                if (entry.isObject() && (entry.get("source") == null || entry.get("certainty") == null)) {
                    throw new IllegalStateException("knowledge/" + path + " " + field.getKey()
                            + ": an entry has no source or certainty: " + entry);
                }
            }
        }
    }

    private JsonNode root(String path) {
        var root = roots.computeIfAbsent(path, p -> {
            var r = MAPPER.readTree(read(p));
            check(p, r);
            return r;
        });
        return root;
    }

    @Override
    public <T> List<T> list(String path, String field, Class<T> type) {
        var node = root(path).get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalStateException("knowledge/" + path + ": no array " + field);
        }
        var out = new ArrayList<T>();
        node.forEach(e -> out.add(MAPPER.treeToValue(e, type)));
        return List.copyOf(out);
    }

    @Override
    public <T> T object(String path, String field, Class<T> type) {
        var node = root(path).get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalStateException("knowledge/" + path + ": no object " + field);
        }
        return MAPPER.treeToValue(node, type);
    }

    @Override
    public String version() {
        return version;
    }
}
