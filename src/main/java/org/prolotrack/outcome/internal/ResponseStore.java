package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.ScoreSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Responses exactly as answered, with their scores and the reasons for any scale left unscored. */
@Repository
class ResponseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RecordedOutcome insert(UUID patientId, UUID clinicId, UUID planId, UUID collectionId, List<Integer> answers,
                           ScoreSheet sheet, LocalDate collectedOn, RecordedOutcome.Source source, String by) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into outcome_response (id, patient_id, clinic_id, plan_id, collection_id, instrument_code, answers,
                    unscored, collected_on, source, knowledge_version, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :clinic, :plan, :collection, :code, :answers, :unscored, :on, :source, :version,
                    :now, :by, :now, :by)""")
                .param("id", id).param("patient", patientId).param("clinic", clinicId).param("plan", planId)
                .param("collection", collectionId).param("code", sheet.instrumentCode())
                .param("answers", JSON.writeValueAsString(answers))
                .param("unscored", sheet.unscored().isEmpty() ? null : JSON.writeValueAsString(sheet.unscored()))
                .param("on", collectedOn).param("source", source.name()).param("version", sheet.knowledgeVersion())
                .param("now", now).param("by", by).update();
        sheet.scores().forEach((scale, value) -> jdbc.sql(
                "insert into outcome_score (response_id, scale, score_value) values (:id, :scale, :value)")
                .param("id", id).param("scale", scale).param("value", value).update());
        return new RecordedOutcome(id, patientId, planId, collectionId, sheet.instrumentCode(), answers, sheet.scores(),
                sheet.unscored(), collectedOn, source, sheet.knowledgeVersion(), by);
    }

    /** The patient of a response that is not voided. */
    java.util.Optional<UUID> patientOf(UUID responseId) {
        return jdbc.sql("select patient_id from outcome_response where id = :id and voided_at is null")
                .param("id", responseId).query(UUID.class).optional();
    }

    List<RecordedOutcome> forPatient(UUID patientId) {
        Map<UUID, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("""
                select s.response_id, s.scale, s.score_value from outcome_score s join outcome_response r on r.id = s.response_id
                where r.patient_id = :p and r.voided_at is null""").param("p", patientId)
                .query((ResultSet rs) -> {
                    scores.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("scale"), ScaleScorer.report(rs.getBigDecimal("score_value")));
                });
        return jdbc.sql("""
                select * from outcome_response where patient_id = :p and voided_at is null
                order by collected_on, created_at""").param("p", patientId)
                .query((rs, i) -> row(rs, scores)).list();
    }

    private static RecordedOutcome row(ResultSet rs, Map<UUID, Map<String, BigDecimal>> scores) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var unscored = rs.getString("unscored");
        return new RecordedOutcome(id, rs.getObject("patient_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("collection_id", UUID.class), rs.getString("instrument_code"),
                Arrays.asList(JSON.readValue(rs.getString("answers"), Integer[].class)),
                scores.getOrDefault(id, Map.of()),
                unscored == null ? Map.of() : JSON.readValue(unscored, new TypeReference<Map<String, String>>() { }),
                rs.getObject("collected_on", LocalDate.class), RecordedOutcome.Source.valueOf(rs.getString("source")),
                rs.getString("knowledge_version"), rs.getString("created_by"));
    }
}
