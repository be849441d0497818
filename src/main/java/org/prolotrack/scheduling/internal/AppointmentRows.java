package org.prolotrack.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.scheduling.Appointment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads appointments. */
@Component
class AppointmentRows {

    private final JdbcClient jdbc;

    AppointmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Appointment> find(UUID id) {
        return jdbc.sql("select * from appointment where id = :id").param("id", id).query(this::map).optional();
    }

    List<Appointment> bookedBetween(UUID clinicId, UUID providerId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from appointment where clinic_id = :c and status = 'BOOKED'
                  and (cast(:p as uuid) is null or provider_id = :p)
                  and starts_at < :to and ends_at > :from order by starts_at""")
                .param("c", clinicId).param("p", providerId).param("from", utc(from)).param("to", utc(to))
                .query(this::map).list();
    }

    List<Appointment> forPatient(UUID patientId, Instant from) {
        return jdbc.sql("select * from appointment where patient_id = :p and starts_at >= :from order by starts_at")
                .param("p", patientId).param("from", utc(from)).query(this::map).list();
    }

    List<Appointment> forPlan(UUID planId) {
        return jdbc.sql("select * from appointment where plan_id = :p order by session_number, starts_at")
                .param("p", planId).query(this::map).list();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(java.time.ZoneOffset.UTC);
    }

    private Appointment map(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var equipment = jdbc.sql("""
                select ae.equipment_id, e.name from appointment_equipment ae join equipment e on e.id = ae.equipment_id
                where ae.appointment_id = :a order by e.name""")
                .param("a", id).query((r, n) -> java.util.Map.entry(r.getObject(1, UUID.class), r.getString(2))).list();
        int session = rs.getInt("session_number");
        Integer sessionNumber = rs.wasNull() ? null : session;
        return new Appointment(id, rs.getObject("clinic_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getObject("room_id", UUID.class),
                equipment.stream().map(java.util.Map.Entry::getKey).toList(),
                equipment.stream().map(java.util.Map.Entry::getValue).toList(),
                rs.getString("type_code"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getInt("duration_minutes"),
                Appointment.Status.valueOf(rs.getString("status")), Appointment.Source.valueOf(rs.getString("source")),
                rs.getObject("plan_id", UUID.class), sessionNumber, rs.getObject("window_start", LocalDate.class),
                rs.getObject("window_end", LocalDate.class), rs.getBoolean("outside_window"),
                rs.getString("status_reason"));
    }
}
