package org.prolotrack.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.prolotrack.knowledge.Certainty;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.knowledge.KnowledgeException;
import org.prolotrack.knowledge.KnowledgeFile;
import org.prolotrack.knowledge.KnowledgeVersion;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every {@code knowledge/**}{@code /*.json} on the classpath, validates it and computes the version. */
public final class ClasspathKnowledgeLoader {

    static final String ROOT = "knowledge/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClasspathKnowledgeLoader() {
    }

    public static KnowledgeBase load() {
        var bytesByPath = new TreeMap<String, byte[]>();
        try {
            var resolver = new PathMatchingResourcePatternResolver(ClasspathKnowledgeLoader.class.getClassLoader());
            for (var resource : resolver.getResources("classpath*:" + ROOT + "**/*.json")) {
                var url = resource.getURL().toString();
                var at = url.lastIndexOf("/" + ROOT);
                if (at < 0) {
                    continue;
                }
                var path = url.substring(at + ROOT.length() + 1);
                try (var in = resource.getInputStream()) {
                    bytesByPath.putIfAbsent(path, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new KnowledgeException("Cannot read the knowledge files: " + e.getMessage(), e);
        }
        if (!bytesByPath.containsKey("release.json")) {
            throw new KnowledgeException("knowledge/release.json is missing");
        }
        var files = new LinkedHashMap<String, KnowledgeFile>();
        var versions = new LinkedHashMap<String, String>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : bytesByPath.entrySet()) {
            var file = parse(e.getKey(), e.getValue());
            files.put(e.getKey(), file);
            versions.put(e.getKey(), file.version());
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(e.getValue());
        }
        var digest = HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        var version = new KnowledgeVersion(files.get("release.json").version(), digest, Map.copyOf(versions));
        return new Loaded(version, files);
    }

    static KnowledgeFile parse(String path, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (RuntimeException e) {
            throw new KnowledgeException("knowledge/" + path + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new KnowledgeException("knowledge/" + path + " must be a JSON object");
        }
        var version = root.get("version");
        if (version == null || !version.isString() || version.asString().isBlank()) {
            throw new KnowledgeException("knowledge/" + path + " has no top-level \"version\"");
        }
        for (var field : root.properties()) {
            if (!field.getValue().isArray()) {
                continue;
            }
            int i = 0;
            for (var entry : field.getValue()) {
                if (entry.isObject()) {
                    requireSource(path, field.getKey(), i, entry);
                }
                i++;
            }
        }
        return new KnowledgeFile(path, version.asString(), root);
    }

    private static void requireSource(String path, String field, int index, JsonNode entry) {
        var where = "knowledge/" + path + " " + field + "[" + index + "]";
        var source = entry.get("source");
        if (source == null || !source.isString() || source.asString().isBlank()) {
            throw new KnowledgeException(where + " has no \"source\"");
        }
        var certainty = entry.get("certainty");
        if (certainty == null || !certainty.isString()) {
            throw new KnowledgeException(where + " has no \"certainty\" (V, V-2°, UNVERIFIED or derived)");
        }
        Certainty.ofMarker(certainty.asString());
    }

    private record Loaded(KnowledgeVersion version, Map<String, KnowledgeFile> byPath) implements KnowledgeBase {

        @Override
        public KnowledgeFile file(String path) {
            var f = byPath.get(path);
            if (f == null) {
                throw new KnowledgeException("No knowledge file " + path + " (have " + byPath.keySet() + ")");
            }
            return f;
        }

        @Override
        public List<String> files() {
            return List.copyOf(byPath.keySet());
        }
    }
}
