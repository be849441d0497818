package org.prolotrack.outcome.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.ScoreSheet;
import org.prolotrack.outcome.UnknownInstrumentException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the instrument files from the knowledge base once at start-up. Each score carries the knowledge version,
 * the file and its version (e.g. {@code 2026.05.1+3f9a1c2b7d:outcome/instruments/womac.json@2026.1}).
 */
@Component
class InstrumentCatalogue implements Instruments {

    static final String FOLDER = "outcome/instruments/";

    private final Map<String, InstrumentDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();

    InstrumentCatalogue(KnowledgeBase knowledge) {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        for (var path : knowledge.files()) {
            if (!path.startsWith(FOLDER)) {
                continue;
            }
            var file = knowledge.file(path);
            var def = mapper.treeToValue(file.root(), InstrumentDefinition.class);
            var version = knowledge.version().value() + ":" + path + "@" + file.version();
            definitions.put(def.code(), def);
            instruments.put(def.code(), def.toInstrument(version));
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException("No outcome instrument files under knowledge/" + FOLDER);
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
