package org.prolotrack.outcome.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.outcome.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scheduled questionnaire sets. Creating the same time point of a plan twice does nothing (idempotent). */
@Repository
class CollectionStore {

    private final JdbcClient jdbc;

    CollectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the collection unless the plan already has this time point; returns whether it was created. */
    boolean createIfAbsent(UUID patientId, UUID clinicId, UUID planId, ScheduleRules.Planned p, String version, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                insert into outcome_collection (id, patient_id, clinic_id, plan_id, timepoint, label, instruments, due_on,
                    overdue_after, status, schedule_version, created_at, created_by, changed_at, changed_by)
                select :id, :patient, :clinic, :plan, :tp, :label, :instruments, :due, :overdue, 'OPEN', :version,
                    :now, :by, :now, :by
                where not exists (select 1 from outcome_collection where plan_id = :plan and timepoint = :tp)""")
                .param("id", UUID.randomUUID()).param("patient", patientId).param("clinic", clinicId)
                .param("plan", planId).param("tp", p.timepoint()).param("label", p.label())
                .param("instruments", String.join(",", p.instruments())).param("due", p.dueOn())
                .param("overdue", p.overdueAfter()).param("version", version).param("now", now).param("by", by)
                .update() == 1;
    }

    Optional<Collection> find(UUID id) {
        return jdbc.sql("select * from outcome_collection where id = :id").param("id", id).query(CollectionStore::row).optional();
    }

    List<Collection> forPatient(UUID patientId) {
        return jdbc.sql("select * from outcome_collection where patient_id = :p order by due_on, timepoint")
                .param("p", patientId).query(CollectionStore::row).list();
    }

    List<Collection> dueInClinic(UUID clinicId, LocalDate day) {
        return jdbc.sql("""
                select * from outcome_collection where clinic_id = :c and status = 'OPEN' and due_on <= :day
                order by due_on limit 500""").param("c", clinicId).param("day", day).query(CollectionStore::row).list();
    }

    List<Collection> overdueInClinic(UUID clinicId, LocalDate day) {
        return jdbc.sql("""
                select * from outcome_collection where clinic_id = :c and status = 'OPEN' and overdue_after < :day
                order by overdue_after limit 500""").param("c", clinicId).param("day", day).query(CollectionStore::row).list();
    }

    /** Open collections due by the day whose link was not sent yet (for the link sender). */
    List<UUID> awaitingLink(LocalDate day) {
        return jdbc.sql("""
                select id from outcome_collection where status = 'OPEN' and link_sent_at is null and due_on <= :day
                    and overdue_after >= :day order by due_on limit 100""")
                .param("day", day).query(UUID.class).list();
    }

    /** Claims the sending of a collection's link: true for exactly one caller across instances. */
    boolean claimLink(UUID id) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update outcome_collection set link_sent_at = :now, changed_at = :now, changed_by = 'outcome-links'
                where id = :id and link_sent_at is null and status = 'OPEN'""")
                .param("now", now).param("id", id).update() == 1;
    }

    void complete(UUID id, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                update outcome_collection set status = 'COMPLETED', completed_at = :now, changed_at = :now, changed_by = :by
                where id = :id and status = 'OPEN'""").param("now", now).param("by", by).param("id", id).update();
    }

    /** Cancels the plan's open collections before a session (the series ended); follow-ups stay. */
    int cancelOpenPreSession(UUID planId, String reason, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update outcome_collection set status = 'CANCELLED', cancel_reason = :reason, changed_at = :now, changed_by = :by
                where plan_id = :plan and status = 'OPEN' and timepoint like 'PRE_SESSION%'""")
                .param("reason", reason).param("now", now).param("by", by).param("plan", planId).update();
    }

    static Collection row(ResultSet rs, int i) throws SQLException {
        return new Collection(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("clinic_id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getString("timepoint"),
                rs.getString("label"), Arrays.asList(rs.getString("instruments").split(",")),
                rs.getObject("due_on", LocalDate.class), rs.getObject("overdue_after", LocalDate.class),
                Collection.Status.valueOf(rs.getString("status")), rs.getObject("link_sent_at") != null, null);
    }
}
