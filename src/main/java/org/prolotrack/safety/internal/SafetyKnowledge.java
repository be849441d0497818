package org.prolotrack.safety.internal;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.safety.CheckIns;
import org.prolotrack.safety.SafetyRecords;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The side-effect catalogue and the check-in rules (times, symptoms, red flags) from knowledge/safety. */
@Component
class SafetyKnowledge {

    record Catalogue(String version, String source, List<SafetyRecords.CatalogueEntry> entries) { }

    record Timepoint(String label, String after, String title) {
        Duration delay() {
            return after.startsWith("PT") ? Duration.parse(after) : Duration.ofDays(Period.parse(after).getDays());
        }
    }

    record SymptomDef(String code, String text, CheckIns.Tier tier, String source) {
        boolean redFlag() {
            return tier != CheckIns.Tier.EXPECTED;
        }
    }

    record CheckInRules(String version, String source, String certainty, String linkValid, List<Timepoint> timepoints,
                        List<SymptomDef> symptoms) { }

    private final Catalogue catalogue;
    private final CheckInRules checkIns;

    private final String release;

    SafetyKnowledge(KnowledgeBase knowledge) {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        catalogue = mapper.treeToValue(knowledge.file("safety/side-effects.json").root(), Catalogue.class);
        checkIns = mapper.treeToValue(knowledge.file("safety/check-ins.json").root(), CheckInRules.class);
        release = knowledge.version().value();
    }

    List<SafetyRecords.CatalogueEntry> catalogue() {
        return catalogue.entries();
    }

    Optional<SafetyRecords.CatalogueEntry> entry(String code) {
        return catalogue.entries().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    String catalogueVersion() {
        return release + ":safety/side-effects.json@" + catalogue.version();
    }

    String checkInVersion() {
        return release + ":safety/check-ins.json@" + checkIns.version();
    }

    List<Timepoint> timepoints() {
        return checkIns.timepoints();
    }

    Duration linkValid() {
        return Duration.ofDays(Period.parse(checkIns.linkValid()).getDays());
    }

    List<CheckIns.Symptom> symptoms() {
        return checkIns.symptoms().stream().map(s -> new CheckIns.Symptom(s.code(), s.text(), s.tier())).toList();
    }

    /** The red flags among the reported symptom codes, in catalogue order. */
    List<String> redFlags(List<String> reported) {
        return checkIns.symptoms().stream().filter(s -> s.redFlag() && reported.contains(s.code()))
                .map(SymptomDef::code).toList();
    }

    /** The emergency-tier codes among the reported red flags, in catalogue order. */
    List<String> emergencies(List<String> flags) {
        return checkIns.symptoms().stream().filter(s -> s.tier() == CheckIns.Tier.EMERGENCY && flags.contains(s.code()))
                .map(SymptomDef::code).toList();
    }

    String symptomText(String code) {
        return checkIns.symptoms().stream().filter(s -> s.code().equals(code)).map(SymptomDef::text).findFirst()
                .orElse(code);
    }

    String title(String label) {
        return checkIns.timepoints().stream().filter(t -> t.label().equals(label)).map(Timepoint::title).findFirst()
                .orElse(label);
    }
}
