package org.prolotrack.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlanView.PlannedTarget;
import org.prolotrack.plan.TreatmentPlanView.Status;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores treatment series with hand-written SQL; optimistic locking on {@code version}. */
@Repository
class PlanRepository {

    private static final String SEP = "|";
    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TreatmentPlan p, String by, Instant now) {
        jdbc.sql("""
                insert into treatment_plan (id, patient_id, clinic_id, provider_id, indication_code, indication_display,
                  protocol_id, protocol_name, status, planned_sessions, interval_min_days, interval_max_days,
                  combined_therapies, agents, goal_improvement_percent, non_responder_after_sessions, knowledge_version,
                  version, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :clinic, :provider, :code, :display, :protocol, :protocolName, :status, :sessions,
                  :min, :max, :therapies, :agents, :goal, :nonResponder, :kv, 0, :now, :by, :now, :by)""")
                .param("id", p.id()).param("patient", p.patientId()).param("clinic", p.clinicId())
                .param("provider", p.providerId()).param("code", p.indicationCode())
                .param("display", p.indicationDisplay()).param("protocol", p.protocolId())
                .param("protocolName", p.protocolName()).param("status", p.status().name())
                .param("sessions", p.plannedSessions()).param("min", p.intervalMinDays())
                .param("max", p.intervalMaxDays()).param("therapies", String.join(SEP, p.combinedTherapies()))
                .param("agents", String.join(SEP, p.agents())).param("goal", p.goalImprovementPercent())
                .param("nonResponder", p.nonResponderAfterSessions()).param("kv", p.knowledgeVersion())
                .param("now", utc(now)).param("by", by).update();
        int position = 0;
        for (var t : p.targets()) {
            jdbc.sql("""
                    insert into treatment_plan_target (id, plan_id, position, site_id, site_name, region, structure_kind,
                      laterality, intra_articular, guidance, volume_ml, dextrose_percent, created_at, created_by, changed_at, changed_by)
                    values (:id, :plan, :pos, :site, :name, :region, :kind, :lat, :ia, :guidance, :vol, :dex, :now, :by, :now, :by)""")
                    .param("id", UUID.randomUUID()).param("plan", p.id()).param("pos", position++)
                    .param("site", t.siteId()).param("name", t.siteName()).param("region", t.region())
                    .param("kind", t.structureKind()).param("lat", t.laterality()).param("ia", t.intraArticular())
                    .param("guidance", t.guidance()).param("vol", t.volumeMl()).param("dex", t.dextrosePercent())
                    .param("now", utc(now)).param("by", by).update();
        }
    }

    /** Saves a transition; fails with 409 if someone else changed the series since it was read. */
    void updateStatus(TreatmentPlan p, String by, Instant now) {
        int rows = jdbc.sql("""
                update treatment_plan set status = :status, interval_min_days = :min, interval_max_days = :max,
                  stop_reason = :reason, stop_note = :note, activated_at = :activated, ended_at = :ended,
                  version = version + 1, changed_at = :now, changed_by = :by
                where id = :id and version = :version""")
                .param("status", p.status().name()).param("min", p.intervalMinDays()).param("max", p.intervalMaxDays())
                .param("reason", p.stopReason() == null ? null : p.stopReason().name()).param("note", p.stopNote())
                .param("activated", utc(p.activatedAt())).param("ended", utc(p.endedAt()))
                .param("now", utc(now)).param("by", by).param("id", p.id()).param("version", p.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("treatment_plan " + p.id() + " changed concurrently");
        }
    }

    Optional<TreatmentPlan> find(UUID id) {
        return jdbc.sql("select * from treatment_plan where id = :id").param("id", id)
                .query((rs, n) -> plan(rs)).optional();
    }

    Optional<TreatmentPlanView> findView(UUID id) {
        return find(id).map(this::view);
    }

    List<TreatmentPlanView> forPatient(UUID patientId) {
        return jdbc.sql("select * from treatment_plan where patient_id = :p order by created_at desc")
                .param("p", patientId).query((rs, n) -> plan(rs)).list().stream().map(this::view).toList();
    }

    List<TreatmentPlanView> inClinic(UUID clinicId, Status status) {
        return jdbc.sql("select * from treatment_plan where clinic_id = :c and status = :s order by created_at")
                .param("c", clinicId).param("s", status.name()).query((rs, n) -> plan(rs)).list().stream()
                .map(this::view).toList();
    }

    /** Counts a signed session once; returns false when this note was already counted. */
    boolean recordSession(UUID planId, UUID noteId, int sessionNumber, LocalDate performedOn, String by, Instant now) {
        var known = jdbc.sql("select count(*) from treatment_plan_session where note_id = :n").param("n", noteId)
                .query(Integer.class).single();
        if (known > 0) {
            return false;
        }
        jdbc.sql("""
                insert into treatment_plan_session (note_id, plan_id, session_number, performed_on, created_at, created_by, changed_at, changed_by)
                values (:n, :p, :num, :on, :now, :by, :now, :by)""")
                .param("n", noteId).param("p", planId).param("num", sessionNumber).param("on", performedOn)
                .param("now", utc(now)).param("by", by).update();
        return true;
    }

    TreatmentPlanView view(TreatmentPlan p) {
        var counted = jdbc.sql("select count(*) as n, max(performed_on) as last_on from treatment_plan_session where plan_id = :p")
                .param("p", p.id())
                .query((rs, n) -> new Object[] {rs.getInt("n"), rs.getObject("last_on", LocalDate.class)}).single();
        return p.view((Integer) counted[0], (LocalDate) counted[1]);
    }

    private TreatmentPlan plan(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var reason = rs.getString("stop_reason");
        return new TreatmentPlan(id, rs.getObject("patient_id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getString("indication_code"),
                rs.getString("indication_display"), rs.getString("protocol_id"), rs.getString("protocol_name"),
                Status.valueOf(rs.getString("status")), rs.getInt("planned_sessions"), rs.getInt("interval_min_days"),
                rs.getInt("interval_max_days"), targets(id), split(rs.getString("combined_therapies")),
                split(rs.getString("agents")), rs.getInt("goal_improvement_percent"),
                rs.getInt("non_responder_after_sessions"), reason == null ? null : StopReason.valueOf(reason),
                rs.getString("stop_note"), instant(rs, "activated_at"), instant(rs, "ended_at"),
                rs.getString("knowledge_version"), rs.getInt("version"));
    }

    private List<PlannedTarget> targets(UUID planId) {
        return jdbc.sql("select * from treatment_plan_target where plan_id = :p order by position").param("p", planId)
                .query((rs, n) -> new PlannedTarget(rs.getString("site_id"), rs.getString("site_name"),
                        rs.getString("region"), rs.getString("structure_kind"), rs.getString("laterality"),
                        rs.getBoolean("intra_articular"), rs.getString("guidance"), rs.getBigDecimal("volume_ml"),
                        rs.getBigDecimal("dextrose_percent")))
                .list();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split("\\|")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
