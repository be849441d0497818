package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.prolotrack.outcome.Instrument;

/** An instrument knowledge file as written (knowledge/outcome/instruments/*.json). */
record InstrumentDefinition(String code, String name, String version, String recall, String direction,
                            String licence, Instrument.Loinc loinc, String loincNote,
                            Map<String, List<Instrument.Option>> optionSets, List<ItemDef> items,
                            List<ScaleDef> scales, String primaryScale, Rule missingRule,
                            List<Instrument.Threshold> thresholds, String thresholdNote, List<String> sources,
                            List<RegionWording> regionWording) {

    /** An item's text asked about one region ({@code {region}} in it). */
    record RegionWording(String item, String text, String source, String certainty) { }

    record ItemDef(String id, String text, String optionSet, List<Instrument.Option> options, Integer min,
                   Integer max, String unit) { }

    /**
     * A scale and how it is scored.
     *
     * @param method     SINGLE, SUM, SUM_OF_SCALES, PERCENT_OF_SCALE_MAX, PERCENT_OF_ANSWERED_MAX, MEAN_RESCALED_0_100
     * @param maxMissing how many of its items may be unanswered and still give a score
     * @param missing    SUBSTITUTE_MEAN (missing items take the mean of the answered ones) or null
     */
    record ScaleDef(String name, String method, List<String> items, List<String> of, Integer maxMissing,
                    String missing, Integer itemMin, Integer itemMax, BigDecimal min, BigDecimal max) { }

    record Rule(String text, String source, String certainty) { }

    Instrument toInstrument(String knowledgeVersion) {
        var its = items.stream().map(i -> new Instrument.Item(i.id(), i.text(),
                i.options() != null ? i.options() : i.optionSet() == null ? null : optionSets.get(i.optionSet()),
                i.min(), i.max(), i.unit())).toList();
        return new Instrument(code, name, knowledgeVersion, recall, direction, licence, loinc, its,
                scales.stream().map(s -> new Instrument.Scale(s.name(), s.min(), s.max())).toList(), primaryScale,
                missingRule == null ? null : missingRule.text(), missingRule == null ? null : missingRule.source(),
                missingRule == null ? null : missingRule.certainty(),
                thresholds == null ? List.of() : thresholds, sources == null ? List.of() : sources,
                regionWording == null ? Map.of() : regionWording.stream().collect(java.util.stream.Collectors.toMap(
                        RegionWording::item, RegionWording::text)));
    }
}
