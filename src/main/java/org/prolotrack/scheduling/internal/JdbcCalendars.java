package org.prolotrack.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.scheduling.Calendars;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcCalendars implements Calendars {

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    JdbcCalendars(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    @Transactional
    public void setWorkingHours(UUID providerId, List<WorkingHours> hours) {
        for (var h : hours) {
            if (!h.end().isAfter(h.start()) || !h.providerId().equals(providerId)) {
                throw new IllegalArgumentException("Working hours must end after they start, for this provider.");
            }
        }
        jdbc.sql("delete from provider_working_hours where provider_id = :p").param("p", providerId).update();
        for (var h : hours) {
            jdbc.sql("""
                    insert into provider_working_hours (id, provider_id, day_of_week, starts_at, ends_at,
                        created_at, created_by, changed_at, changed_by)
                    values (:id, :p, :d, :s, :e, :now, :by, :now, :by)""")
                    .param("id", UUID.randomUUID()).param("p", providerId).param("d", h.day().getValue())
                    .param("s", h.start()).param("e", h.end()).param("now", now()).param("by", by()).update();
        }
    }

    @Override
    public List<WorkingHours> workingHours(UUID providerId) {
        return jdbc.sql("select * from provider_working_hours where provider_id = :p order by day_of_week, starts_at")
                .param("p", providerId)
                .query((rs, i) -> new WorkingHours(providerId, DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
                .list();
    }

    @Override
    @Transactional
    public UUID addAbsence(UUID providerId, Instant start, Instant end, String reason) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("An absence must end after it starts.");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider_absence (id, provider_id, starts_at, ends_at, reason,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :p, :s, :e, :r, :now, :by, :now, :by)""")
                .param("id", id).param("p", providerId).param("s", AppointmentRows.utc(start))
                .param("e", AppointmentRows.utc(end)).param("r", reason).param("now", now()).param("by", by()).update();
        return id;
    }

    @Override
    public List<Absence> absences(UUID providerId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from provider_absence where provider_id = :p and voided_at is null
                  and starts_at < :to and ends_at > :from order by starts_at""")
                .param("p", providerId).param("from", AppointmentRows.utc(from)).param("to", AppointmentRows.utc(to))
                .query((rs, i) -> new Absence(rs.getObject("id", UUID.class), providerId,
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("reason")))
                .list();
    }

    @Override
    @Transactional
    public void addClosure(UUID clinicId, LocalDate date, String reason) {
        jdbc.sql("""
                insert into clinic_closure (id, clinic_id, closed_on, reason, created_at, created_by, changed_at, changed_by)
                select :id, :c, :d, :r, :now, :by, :now, :by from (values (1)) as one(x)
                where not exists (select 1 from clinic_closure where clinic_id = :c and closed_on = :d)""")
                .param("id", UUID.randomUUID()).param("c", clinicId).param("d", date).param("r", reason)
                .param("now", now()).param("by", by()).update();
    }

    @Override
    public List<Closure> closures(UUID clinicId, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from clinic_closure where clinic_id = :c and closed_on between :f and :t order by closed_on")
                .param("c", clinicId).param("f", from).param("t", to)
                .query((rs, i) -> new Closure(clinicId, rs.getObject("closed_on", LocalDate.class), rs.getString("reason")))
                .list();
    }

    private String by() {
        return users.currentOrSystem().username();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
