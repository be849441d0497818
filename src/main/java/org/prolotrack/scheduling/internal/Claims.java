package org.prolotrack.scheduling.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an appointment's resource claims: one row per 5-minute granule per resource. The primary key
 * (resource_id, slot_start) is what makes double booking impossible, on H2 and PostgreSQL alike.
 */
@Component
class Claims {

    static final int GRANULE_MINUTES = 5;

    record Resource(UUID id, String kind) { }

    private final JdbcClient jdbc;

    Claims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void claim(UUID appointmentId, List<Resource> resources, Instant start, Instant end) {
        var granules = new ArrayList<Instant>();
        for (var t = start.truncatedTo(ChronoUnit.MINUTES); t.isBefore(end); t = t.plus(GRANULE_MINUTES, ChronoUnit.MINUTES)) {
            granules.add(t);
        }
        var sql = new StringBuilder("insert into resource_claim (resource_id, slot_start, resource_kind, appointment_id) values ");
        var params = new ArrayList<Object>();
        for (var r : resources) {
            for (var g : granules) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
                params.add(r.id());
                params.add(AppointmentRows.utc(g));
                params.add(r.kind());
                params.add(appointmentId);
            }
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    void release(UUID appointmentId) {
        jdbc.sql("delete from resource_claim where appointment_id = :a").param("a", appointmentId).update();
    }
}
