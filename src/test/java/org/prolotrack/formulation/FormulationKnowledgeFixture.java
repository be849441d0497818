package org.prolotrack.formulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Loads the real formulation knowledge files without Spring, as the domain is plain Java. */
final class FormulationKnowledgeFixture {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private FormulationKnowledgeFixture() {
    }

    static FormulationCalculator calculator() {
        var warnings = "knowledge/formulation/dextrose-concentration-warnings.json";
        return new FormulationCalculator(read("knowledge/formulation/stocks.json", "stocks", Stock.class),
                strings(warnings, "routes"), read(warnings, "warnings", DextroseConcentrationWarning.class), "test");
    }

    static SessionCheck sessionCheck() {
        return new SessionCheck(read("knowledge/formulation/anesthetic-limits.json", "limits", AnestheticLimit.class),
                true, "test");
    }

    private static List<String> strings(String resource, String field) {
        try (var in = FormulationKnowledgeFixture.class.getClassLoader().getResourceAsStream(resource)) {
            var out = new ArrayList<String>();
            MAPPER.readTree(in).get(field).forEach(e -> out.add(e.asString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> read(String resource, String field, Class<T> type) {
        try (var in = FormulationKnowledgeFixture.class.getClassLoader().getResourceAsStream(resource)) {
            var out = new ArrayList<T>();
            MAPPER.readTree(in).get(field).forEach(e -> out.add(MAPPER.treeToValue(e, type)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
