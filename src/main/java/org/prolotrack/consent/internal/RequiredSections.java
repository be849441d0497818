package org.prolotrack.consent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sections every consent template version must keep (knowledge file, clinical-reference §0): each is a
 * {@code ## heading} line with text under it that mentions every listed group by at least one of its words.
 */
final class RequiredSections {

    record Section(String name, String heading, List<List<String>> mentions) { }

    private final List<Section> sections;

    RequiredSections(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    static RequiredSections fromKnowledge() {
        try (var in = new ClassPathResource(ConsentTemplateStore.DEFAULT_TEMPLATE).getInputStream()) {
            var list = new ArrayList<Section>();
            JsonMapper.builder().build().readTree(in).path("requiredSections").forEach(s -> {
                var mentions = new ArrayList<List<String>>();
                s.path("mentions").forEach(g -> {
                    var words = new ArrayList<String>();
                    g.forEach(w -> words.add(w.asString()));
                    mentions.add(words);
                });
                list.add(new Section(s.path("name").asString(), s.path("heading").asString(), mentions));
            });
            return new RequiredSections(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the required sections the text lacks (empty when it keeps them all), in the knowledge order. */
    List<String> missingFrom(String body) {
        var missing = new ArrayList<String>();
        for (var s : sections) {
            var content = sectionText(body == null ? "" : body, s.heading());
            if (content == null || content.isBlank() || !mentionsAll(content, s.mentions())) {
                missing.add(s.name());
            }
        }
        return missing;
    }

    private static boolean mentionsAll(String content, List<List<String>> groups) {
        var text = content.toLowerCase(Locale.ROOT);
        return groups.stream().allMatch(g -> g.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT))));
    }

    /** The text between the heading line and the next heading, or null when the heading is absent. */
    private static String sectionText(String body, String heading) {
        var lines = body.split("\\R");
        StringBuilder content = null;
        for (var line : lines) {
            var t = line.strip();
            if (t.startsWith("## ")) {
                if (content != null) {
                    break;
                }
                if (t.substring(3).strip().equalsIgnoreCase(heading)) {
                    content = new StringBuilder();
                }
            } else if (content != null) {
                content.append(t).append('\n');
            }
        }
        return content == null ? null : content.toString();
    }
}
