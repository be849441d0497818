package org.prolotrack.consent.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.consent.ConsentTemplates.TemplateVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent templates per clinic. A change is a new row with the next version number; rows are only ever inserted,
 * so the versions signed against stay as they were. The current version is the highest one.
 */
@Repository
class ConsentTemplateStore {

    static final String DEFAULT_TEMPLATE = "knowledge/consent/prolotherapy-consent.json";

    record Template(UUID id, UUID clinicId, int version, String title, String body, String source) { }

    private final JdbcClient jdbc;

    ConsentTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Template> current(UUID clinicId) {
        return jdbc.sql("select * from consent_template where clinic_id = :c order by version desc limit 1")
                .param("c", clinicId)
                .query((rs, i) -> new Template(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                        rs.getInt("version"), rs.getString("title"), rs.getString("body"), rs.getString("knowledge_source")))
                .optional();
    }

    /** Every version of the clinic, newest first; the first is the current one. */
    List<TemplateVersion> versions(UUID clinicId) {
        var rows = jdbc.sql("select * from consent_template where clinic_id = :c order by version desc")
                .param("c", clinicId).query((rs, i) -> version(rs, i == 0)).list();
        return rows;
    }

    private static TemplateVersion version(ResultSet rs, boolean current) throws SQLException {
        return new TemplateVersion(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getInt("version"), rs.getString("title"), rs.getString("body"), rs.getString("knowledge_source"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), current);
    }

    /** Inserts the next version for the clinic, which thereby becomes the current one. */
    Template publish(UUID clinicId, String title, String body, String source, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from consent_template where clinic_id = :c")
                .param("c", clinicId).query(Integer.class).single();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into consent_template (id, clinic_id, version, title, body, knowledge_source,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, :v, :title, :body, :source, :now, :by, :now, :by)""")
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
