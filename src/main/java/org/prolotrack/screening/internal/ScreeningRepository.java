package org.prolotrack.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Finding;
import org.prolotrack.screening.IndicationMatch;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Severity;
import org.prolotrack.screening.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Screenings and their findings, in hand-written SQL. */
@Repository
class ScreeningRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ScreeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ScreeningResult s) {
        var at = utc(s.createdAt());
        jdbc.sql("""
                insert into screening (id, patient_id, plan_id, planned_course, verdict, knowledge_version, indications,
                    stale, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :plan, :course, :verdict, :kv, :indications, false, :at, :by, :at, :by)""")
                .param("id", s.id()).param("patient", s.patientId()).param("plan", s.planId())
                .param("course", JSON.writeValueAsString(s.plannedCourse()))
                .param("verdict", s.verdict().name()).param("kv", s.knowledgeVersion())
                .param("indications", JSON.writeValueAsString(s.indications()))
                .param("at", at).param("by", s.createdBy())
                .update();
        int i = 0;
        for (var f : s.findings()) {
            jdbc.sql("""
                    insert into screening_finding (id, screening_id, ordinal, rule_id, rule_name, severity, fact,
                        explanation, source, certainty, created_at, created_by, changed_at, changed_by)
                    values (:id, :screening, :ordinal, :rule, :name, :severity, :fact, :explanation, :source, :certainty,
                        :at, :by, :at, :by)""")
                    .param("id", UUID.randomUUID()).param("screening", s.id()).param("ordinal", i++)
                    .param("rule", f.ruleId()).param("name", cut(f.ruleName(), 200))
                    .param("severity", f.severity().name()).param("fact", cut(f.fact(), 1000))
                    .param("explanation", cut(f.explanation(), 2000)).param("source", cut(f.source(), 1000))
                    .param("certainty", f.certainty()).param("at", at).param("by", s.createdBy())
                    .update();
        }
    }

    /** Stores the decision; only an undecided, current row changes (a concurrent decision loses). */
    boolean saveDecision(ScreeningResult s) {
        return jdbc.sql("""
                update screening set decision = :decision, decision_reason = :reason, decided_at = :at, decided_by = :by,
                    version = version + 1, changed_at = :at, changed_by = :by
                where id = :id and decision is null and stale = false""")
                .param("decision", s.decision().name()).param("reason", s.decisionReason())
                .param("at", utc(s.decidedAt())).param("by", s.decidedBy()).param("id", s.id())
                .update() == 1;
    }

    int markStale(UUID patientId, String reason, Instant at, String by) {
        return jdbc.sql("""
                update screening set stale = true, stale_since = :at, stale_reason = :reason, version = version + 1,
                    changed_at = :at, changed_by = :by
                where patient_id = :patient and stale = false""")
                .param("at", utc(at)).param("reason", cut(reason, 200)).param("by", by).param("patient", patientId)
                .update();
    }

    Optional<ScreeningResult> find(UUID patientId, UUID id) {
        var rows = jdbc.sql("select * from screening where id = :id and patient_id = :patient")
                .param("id", id).param("patient", patientId).query(this::row).list();
        return rows.stream().findFirst().map(r -> withFindings(List.of(r)).getFirst());
    }

    List<ScreeningResult> list(UUID patientId) {
        var rows = jdbc.sql("select * from screening where patient_id = :patient order by created_at desc, id")
                .param("patient", patientId).query(this::row).list();
        return withFindings(rows);
    }

    Optional<ScreeningResult> latest(UUID patientId) {
        return jdbc.sql("select * from screening where patient_id = :patient order by created_at desc, id limit 1")
                .param("patient", patientId).query(this::row).optional();
    }

    private List<ScreeningResult> withFindings(List<ScreeningResult> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Finding>> byScreening = new HashMap<>();
        jdbc.sql("select * from screening_finding where screening_id in (:ids) order by screening_id, ordinal")
                .param("ids", rows.stream().map(ScreeningResult::id).toList())
                .query((rs, n) -> {
                    byScreening.computeIfAbsent(rs.getObject("screening_id", UUID.class), k -> new ArrayList<>())
                            .add(new Finding(rs.getString("rule_id"), rs.getString("rule_name"),
                                    Severity.valueOf(rs.getString("severity")), rs.getString("fact"),
                                    rs.getString("explanation"), rs.getString("source"), rs.getString("certainty")));
                    return null;
                }).list();
        return rows.stream().map(r -> new ScreeningResult(r.id(), r.patientId(), r.createdAt(), r.createdBy(),
                r.plannedCourse(), r.verdict(), r.knowledgeVersion(), byScreening.getOrDefault(r.id(), List.of()),
                r.indications(), r.stale(), r.staleSince(), r.staleReason(), r.decision(), r.decisionReason(),
                r.decidedAt(), r.decidedBy(), r.planId())).toList();
    }

    private ScreeningResult row(ResultSet rs, int n) throws SQLException {
        var decision = rs.getString("decision");
        return new ScreeningResult(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                instant(rs, "created_at"), rs.getString("created_by"),
                JSON.readValue(rs.getString("planned_course"), PlannedCourse.class),
                Verdict.valueOf(rs.getString("verdict")), rs.getString("knowledge_version"), List.of(),
                Arrays.asList(JSON.readValue(rs.getString("indications"), IndicationMatch[].class)),
                rs.getBoolean("stale"), instant(rs, "stale_since"), rs.getString("stale_reason"),
                decision == null ? null : Decision.valueOf(decision), rs.getString("decision_reason"),
                instant(rs, "decided_at"), rs.getString("decided_by"), rs.getObject("plan_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
