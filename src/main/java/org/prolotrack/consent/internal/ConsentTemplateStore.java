package org.prolotrack.consent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Consent templates per clinic. A change is a new version; the versions signed against stay as they were. */
@Repository
class ConsentTemplateStore {

    static final String DEFAULT_TEMPLATE = "knowledge/consent/prolotherapy-consent.json";

    record Template(UUID id, UUID clinicId, int version, String title, String body, String source) { }

    private final JdbcClient jdbc;

    ConsentTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Template> current(UUID clinicId) {
        return jdbc.sql("select * from consent_template where clinic_id = :c and active order by version desc limit 1")
                .param("c", clinicId)
                .query((rs, i) -> new Template(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                        rs.getInt("version"), rs.getString("title"), rs.getString("body"), rs.getString("knowledge_source")))
                .optional();
    }

    /** Publishes a new version for the clinic and makes it the current one. */
    Template publish(UUID clinicId, String title, String body, String source, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from consent_template where clinic_id = :c")
                .param("c", clinicId).query(Integer.class).single();
        jdbc.sql("update consent_template set active = false, changed_at = :now, changed_by = :by where clinic_id = :c and active")
                .param("now", now).param("by", by).param("c", clinicId).update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into consent_template (id, clinic_id, version, title, body, knowledge_source, active,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, :v, :title, :body, :source, true, :now, :by, :now, :by)""")
                .param("id", id).param("c", clinicId).param("v", version).param("title", title).param("body", body)
                .param("source", source).param("now", now).param("by", by).update();
        return new Template(id, clinicId, version, title, body, source);
    }

    /** The default plain-language template (clinical-reference §0), as title and body. */
    static Template defaultTemplate() {
        try (var in = new ClassPathResource(DEFAULT_TEMPLATE).getInputStream()) {
            var root = JsonMapper.builder().build().readTree(in);
            var lines = new ArrayList<String>();
            root.path("body").forEach(n -> lines.add(n.asString()));
            return new Template(null, null, 0, root.path("title").asString(), String.join("\n", lines),
                    root.path("version").asString() + " — " + root.path("source").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
