package org.prolotrack.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.safety.CheckIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Post-procedure check-ins. Creating one twice for the same session and time does nothing. */
@Repository
class CheckInStore {

    private final JdbcClient jdbc;
    private final SafetyKnowledge knowledge;

    CheckInStore(JdbcClient jdbc, SafetyKnowledge knowledge) {
        this.jdbc = jdbc;
        this.knowledge = knowledge;
    }

    record Row(UUID id, UUID patientId, UUID clinicId, UUID providerId, UUID planId, UUID noteId, int session,
               String label, String status) { }

    boolean createIfAbsent(UUID patientId, UUID clinicId, UUID providerId, UUID planId, UUID noteId, int session,
                           String label, Instant dueAt) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                insert into safety_checkin (id, patient_id, clinic_id, provider_id, plan_id, procedure_note_id,
                    session_number, label, due_at, status, knowledge_version, created_at, created_by, changed_at, changed_by)
                select :id, :patient, :clinic, :provider, :plan, :note, :session, :label, :due, 'OPEN', :version,
                    :now, 'safety-checkins', :now, 'safety-checkins'
                where not exists (select 1 from safety_checkin where procedure_note_id = :note and label = :label)""")
                .param("id", UUID.randomUUID()).param("patient", patientId).param("clinic", clinicId)
                .param("provider", providerId).param("plan", planId).param("note", noteId).param("session", session)
                .param("label", label).param("due", dueAt.atOffset(ZoneOffset.UTC))
                .param("version", knowledge.checkInVersion()).param("now", now).update() == 1;
    }

    Optional<Row> row(UUID id) {
        return jdbc.sql("select * from safety_checkin where id = :id").param("id", id)
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinic_id", UUID.class), rs.getObject("provider_id", UUID.class),
                        rs.getObject("plan_id", UUID.class), rs.getObject("procedure_note_id", UUID.class),
                        rs.getInt("session_number"), rs.getString("label"), rs.getString("status"))).optional();
    }

    Optional<CheckIn> find(UUID id) {
        return jdbc.sql("select * from safety_checkin where id = :id").param("id", id).query(this::checkIn).optional();
    }

    List<CheckIn> forPatient(UUID patientId) {
        return jdbc.sql("select * from safety_checkin where patient_id = :p order by due_at desc")
                .param("p", patientId).query(this::checkIn).list();
    }

    List<UUID> awaitingLink(Instant now) {
        return jdbc.sql("""
                select id from safety_checkin where status = 'OPEN' and link_sent_at is null and due_at <= :now
                order by due_at limit 100""").param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).list();
    }

    boolean claimLink(UUID id) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update safety_checkin set link_sent_at = :now, changed_at = :now, changed_by = 'safety-checkins'
                where id = :id and link_sent_at is null""").param("now", now).param("id", id).update() == 1;
    }

    /** Keeps every report as sent (the first one also fills the check-in itself). */
    void keepReport(UUID checkInId, List<String> symptoms, List<String> redFlags, Integer painNow, String comment) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into safety_checkin_report (id, checkin_id, symptoms, red_flags, pain_now, comment, submitted_at,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :checkin, :symptoms, :flags, :pain, :comment, :now, :now, 'patient-link', :now, 'patient-link')""")
                .param("id", UUID.randomUUID()).param("checkin", checkInId).param("symptoms", String.join(",", symptoms))
                .param("flags", redFlags.isEmpty() ? null : String.join(",", redFlags)).param("pain", painNow)
                .param("comment", comment).param("now", now).update();
    }

    int laterReports(UUID checkInId) {
        return jdbc.sql("select count(*) from safety_checkin_report where checkin_id = :id").param("id", checkInId)
                .query(Integer.class).single() - 1;
    }

    /** Stores the report on the check-in once: true for the first submission only. */
    boolean submit(UUID id, List<String> symptoms, List<String> redFlags, Integer painNow, String comment) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update safety_checkin set status = 'SUBMITTED', submitted_at = :now, symptoms = :symptoms,
                    red_flags = :flags, pain_now = :pain, comment = :comment, changed_at = :now, changed_by = 'patient-link'
                where id = :id and status = 'OPEN'""")
                .param("now", now).param("symptoms", String.join(",", symptoms))
                .param("flags", redFlags.isEmpty() ? null : String.join(",", redFlags)).param("pain", painNow)
                .param("comment", comment).param("id", id).update() == 1;
    }

    private CheckIn checkIn(ResultSet rs, int i) throws SQLException {
        var submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        var label = rs.getString("label");
        return new CheckIn(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("clinic_id", UUID.class), rs.getObject("procedure_note_id", UUID.class),
                rs.getInt("session_number"), label, knowledge.title(label),
                rs.getObject("due_at", OffsetDateTime.class).toInstant(), rs.getObject("link_sent_at") != null,
                "SUBMITTED".equals(rs.getString("status")), submitted == null ? null : submitted.toInstant(),
                split(rs.getString("symptoms")), split(rs.getString("red_flags")),
                (Integer) rs.getObject("pain_now", Integer.class), rs.getString("comment"),
                knowledge.emergencies(split(rs.getString("red_flags"))));
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
