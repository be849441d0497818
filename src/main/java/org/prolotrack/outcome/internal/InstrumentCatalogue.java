package org.prolotrack.outcome.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.ScoreSheet;
import org.prolotrack.outcome.UnknownInstrumentException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the instrument files once at start-up. Each score carries the file's name and version (e.g.
 * {@code outcome/instruments/womac.json@2026.1}).
 */
@Component
class InstrumentCatalogue implements Instruments {

    static final String LOCATION = "classpath*:knowledge/outcome/instruments/*.json";

    private final Map<String, InstrumentDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();

    InstrumentCatalogue() {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            var resources = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver().getResources(LOCATION)));
            resources.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (var r : resources) {
                try (var in = r.getInputStream()) {
                    var def = mapper.readValue(in, InstrumentDefinition.class);
                    var version = "outcome/instruments/" + r.getFilename() + "@" + def.version();
                    definitions.put(def.code(), def);
                    instruments.put(def.code(), def.toInstrument(version));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outcome instrument files", e);
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException("No outcome instrument files under " + LOCATION);
        }
    }

    @Override
    public List<Instrument> all() {
        return List.copyOf(instruments.values());
    }

    @Override
    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(code).map(c -> instruments.get(c.toUpperCase(Locale.ROOT)));
    }

    @Override
    public ScoreSheet score(String code, List<Integer> answers) {
        var instrument = find(code).orElseThrow(() -> new UnknownInstrumentException(code));
        return ScaleScorer.score(definitions.get(instrument.code()), instrument, answers);
    }
}
