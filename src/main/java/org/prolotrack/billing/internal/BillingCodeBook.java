package org.prolotrack.billing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The billing codes and how performed injections map to them, read from
 * {@code knowledge/billing/procedure-codes.json} (each entry with its source and certainty).
 */
@Component
class BillingCodeBook {

    record Code(String system, String code, String display, String rule, String perSession, Set<String> bundles,
                String source, String certainty) { }

    record KindMapping(String code, String codeWithUltrasound, String codeFromThreeMuscles) { }

    private final String version;
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, KindMapping> kinds = new LinkedHashMap<>();
    private final Map<String, String> guidanceAddOns = new LinkedHashMap<>();

    @Autowired
    BillingCodeBook(KnowledgeBase knowledge) {
        this(knowledge.file("billing/procedure-codes.json").root());
    }

    BillingCodeBook(JsonNode root) {
        version = root.path("version").asString();
        for (var c : root.path("codes")) {
            var bundles = StreamSupport.stream(c.path("bundles").spliterator(), false).map(JsonNode::asString)
                    .collect(Collectors.toUnmodifiableSet());
            codes.put(c.path("code").asString(), new Code(c.path("system").asString(), c.path("code").asString(),
                    c.path("display").asString(), c.path("rule").asString(), c.path("perSession").asString(),
                    bundles, c.path("source").asString(), c.path("certainty").asString()));
        }
        for (var k : root.path("structureKinds")) {
            kinds.put(k.path("structureKind").asString(), new KindMapping(k.path("code").asString(),
                    k.path("codeWithUltrasound").asString(null), k.path("codeFromThreeMuscles").asString(null)));
        }
        for (var g : root.path("guidance")) {
            guidanceAddOns.put(g.path("guidance").asString(), g.path("addOn").asString());
        }
    }

    String version() {
        return version;
    }

    Code code(String code) {
        var c = codes.get(code);
        if (c == null) {
            throw new IllegalStateException("Billing code " + code + " is not in the knowledge file " + version);
        }
        return c;
    }

    Optional<KindMapping> forStructureKind(String structureKind) {
        return Optional.ofNullable(kinds.get(structureKind));
    }

    Optional<String> addOnFor(String guidance) {
        return Optional.ofNullable(guidanceAddOns.get(guidance));
    }

    Map<String, Code> all() {
        return Map.copyOf(codes);
    }
}
