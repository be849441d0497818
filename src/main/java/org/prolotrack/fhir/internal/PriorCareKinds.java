package org.prolotrack.fhir.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.prolotrack.patient.PatientChart.ConservativeCare.Kind;
import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Which procedures count as prior conservative care, read from the knowledge file
 * {@code knowledge/fhir/prior-care.json} (through the knowledge module) (codes first, then rules on the display text).
 */
@Component
class PriorCareKinds {

    static final String FILE = "fhir/prior-care.json";

    private record Rule(Kind kind, List<String> allOf, List<String> anyOf) { }

    private final Map<String, Kind> byCode = new HashMap<>();
    private final List<Rule> rules;
    private final String version;

    PriorCareKinds(KnowledgeBase knowledge) {
        var file = knowledge.file(FILE);
        {
            JsonNode root = file.root();
            version = file.version();
            for (var c : root.get("codes")) {
                byCode.put(c.get("system").asString() + "|" + c.get("code").asString(),
                        Kind.valueOf(c.get("kind").asString()));
            }
            rules = root.get("displayRules").valueStream().map(r -> new Rule(Kind.valueOf(r.get("kind").asString()),
                    r.get("allOf").valueStream().map(JsonNode::asString).toList(),
                    r.get("anyOf").valueStream().map(JsonNode::asString).toList())).toList();
        }
    }

    String version() {
        return version;
    }

    /** The kind of prior care a procedure is, or empty when ProloTrack does not keep it. */
    Optional<Kind> kindOf(String system, String code, String display) {
        var known = byCode.get(system + "|" + code);
        if (known != null) {
            return Optional.of(known);
        }
        if (display == null) {
            return Optional.empty();
        }
        var text = display.toLowerCase(Locale.ROOT);
        return rules.stream()
                .filter(r -> r.allOf().stream().allMatch(text::contains) && r.anyOf().stream().anyMatch(text::contains))
                .map(Rule::kind).findFirst();
    }
}
