package org.prolotrack.outcome.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.outcome.SessionMark;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions that took place (one per signed procedure note), for the outcome charts. */
@Repository
class SessionMarks {

    private final JdbcClient jdbc;

    SessionMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID noteId, UUID patientId, UUID planId, int session, LocalDate performedOn) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into outcome_session (procedure_note_id, patient_id, plan_id, session_number, performed_on,
                    created_at, created_by, changed_at, changed_by)
                select :note, :patient, :plan, :session, :on, :now, 'outcome-schedule', :now, 'outcome-schedule'
                where not exists (select 1 from outcome_session where procedure_note_id = :note)""")
                .param("note", noteId).param("patient", patientId).param("plan", planId).param("session", session)
                .param("on", performedOn).param("now", now).update();
    }

    List<SessionMark> forPatient(UUID patientId) {
        return jdbc.sql("select plan_id, session_number, performed_on from outcome_session where patient_id = :p order by performed_on")
                .param("p", patientId).query((rs, i) -> new SessionMark(rs.getObject("plan_id", UUID.class),
                        rs.getInt("session_number"), rs.getObject("performed_on", LocalDate.class))).list();
    }
}
