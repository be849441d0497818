package org.prolotrack.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * A patient's primary scores over time with the sessions marked, shaped for Chart.js: one series per instrument
 * on a shared date axis; 0-10 scales on the left axis, 0-100 scales on the right.
 */
public record OutcomeChart(List<String> labels, List<Series> series, List<Marker> sessions) {

    public record Series(String label, String axis, List<BigDecimal> data) { }

    public record Marker(String date, String label) { }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static OutcomeChart of(List<RecordedOutcome> history, List<SessionMark> sessionMarks, Instruments instruments) {
        var dates = new TreeSet<LocalDate>();
        history.forEach(r -> dates.add(r.collectedOn()));
        sessionMarks.forEach(s -> dates.add(s.performedOn()));
        var labels = dates.stream().map(LocalDate::toString).toList();
        Map<String, BigDecimal[]> byInstrument = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> axes = new LinkedHashMap<>();
        for (var r : history) {
            var instrument = instruments.find(r.instrumentCode()).orElse(null);
            if (instrument == null || instrument.primaryScale() == null || !r.scores().containsKey(instrument.primaryScale())) {
                continue;
            }
            var scale = instrument.scales().stream().filter(s -> s.name().equals(instrument.primaryScale())).findFirst().orElseThrow();
            names.put(instrument.code(), instrument.code() + " " + scale.name().replace('_', ' ') + " (" + scale.min()
                    .stripTrailingZeros().toPlainString() + "-" + scale.max().stripTrailingZeros().toPlainString() + ")");
            axes.put(instrument.code(), scale.max().compareTo(BigDecimal.TEN) <= 0 ? "y" : "y1");
            var values = byInstrument.computeIfAbsent(instrument.code(), k -> new BigDecimal[labels.size()]);
            values[labels.indexOf(r.collectedOn().toString())] = r.scores().get(instrument.primaryScale());
        }
        List<Series> series = new ArrayList<>();
        byInstrument.forEach((code, values) -> series.add(new Series(names.get(code), axes.get(code), java.util.Arrays.asList(values))));
        var markers = sessionMarks.stream().map(s -> new Marker(s.performedOn().toString(), "Session " + s.sessionNumber())).toList();
        return new OutcomeChart(labels, series, markers);
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }
}
