package org.prolotrack.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ai.timefold.solver.core.api.score.HardSoftScore;
import org.prolotrack.clinic.Clinic;
import org.prolotrack.scheduling.ScheduleOptimiser.Assignment;
import org.prolotrack.scheduling.ScheduleOptimiser.Job;
import org.prolotrack.scheduling.ScheduleOptimiser.Status;
import org.prolotrack.scheduling.internal.optimiser.OptimiserRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Optimiser jobs and their assignments in the database. */
@Component
class OptimiserJobRows {

    private final JdbcClient jdbc;

    OptimiserJobRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(UUID clinicId, LocalDate from, LocalDate to, String by) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into optimiser_job (id, clinic_id, status, from_date, to_date, progress, created_at, created_by,
                    changed_at, changed_by)
                values (:id, :c, 'QUEUED', :f, :t, 'Waiting for the optimiser', :now, :by, :now, :by)""")
                .param("id", id).param("c", clinicId).param("f", from).param("t", to).param("now", now()).param("by", by)
                .update();
        return id;
    }

    void solving(UUID id, int sessions, String instance) {
        jdbc.sql("""
                update optimiser_job set status = 'SOLVING', sessions = :n, run_by = :i, started_at = :now,
                    progress = 'Solving', changed_at = :now, changed_by = 'system' where id = :id and status = 'QUEUED'""")
                .param("n", sessions).param("i", instance).param("now", now()).param("id", id).update();
    }

    void progress(UUID id, HardSoftScore best, String note) {
        jdbc.sql("""
                update optimiser_job set hard_score = :h, soft_score = :s, progress = :p, changed_at = :now,
                    changed_by = 'system' where id = :id and status = 'SOLVING'""")
                .param("h", best.hardScore()).param("s", best.softScore()).param("p", note).param("now", now())
                .param("id", id).update();
    }

    /** Shows that this instance is still working on these jobs (queued or solving). */
    void heartbeat(java.util.Collection<UUID> ids) {
        for (var id : ids) {
            jdbc.sql("""
                    update optimiser_job set changed_at = :now, changed_by = 'system'
                    where id = :id and status in ('QUEUED', 'SOLVING')""").param("now", now()).param("id", id).update();
        }
    }

    /**
     * Marks FAILED every queued or solving job nobody has touched since {@code cutoff}: the instance running it
     * stopped. One conditional update, so several instances reaping at once fail each job once.
     */
    int failAbandoned(OffsetDateTime cutoff) {
        return jdbc.sql("""
                update optimiser_job set status = 'FAILED',
                    progress = 'Interrupted: the instance running it stopped before it finished',
                    finished_at = :now, changed_at = :now, changed_by = 'system'
                where status in ('QUEUED', 'SOLVING') and changed_at < :cutoff""")
                .param("now", now()).param("cutoff", cutoff.withOffsetSameInstant(ZoneOffset.UTC)).update();
    }

    void finish(UUID id, Status status, String note) {
        jdbc.sql("""
                update optimiser_job set status = :st, progress = :p, finished_at = coalesce(finished_at, :now),
                    changed_at = :now, changed_by = 'system' where id = :id""")
                .param("st", status.name()).param("p", note).param("now", now()).param("id", id).update();
    }

    @Transactional
    void saveResult(UUID id, Clinic clinic, LocalDate from, OptimiserRun.Result result, Map<String, String> why) {
        var zone = clinic.timeZone();
        for (var s : result.solution().getSessions()) {
            var start = OptimiserProblems.instant(s.startMinute(), from, zone);
            jdbc.sql("""
                    insert into optimiser_assignment (id, job_id, plan_id, patient_id, session_number, provider_id, room_id,
                        starts_at, duration_minutes, window_start, window_end, why, created_at, created_by, changed_at, changed_by)
                    values (:id, :job, :plan, :patient, :n, :provider, :room, :start, :m, :ws, :we, :why,
                        :now, 'system', :now, 'system')""")
                    .param("id", UUID.randomUUID()).param("job", id).param("plan", s.getPlanId())
                    .param("patient", s.getPatientId()).param("n", s.getSessionNumber())
                    .param("provider", s.getProvider().id()).param("room", s.getRoom().id())
                    .param("start", AppointmentRows.utc(start)).param("m", s.getDurationMinutes())
                    .param("ws", from.plusDays(s.getWindowStartDay())).param("we", from.plusDays(s.getWindowEndDay()))
                    .param("why", truncate(why.get(s.getId()))).param("now", now()).update();
        }
        jdbc.sql("""
                update optimiser_job set status = 'SOLVED', hard_score = :h, soft_score = :s, baseline_soft_score = :b,
                    best_found_ms = :ms, progress = :p, finished_at = :now, changed_at = :now, changed_by = 'system'
                where id = :id and status = 'SOLVING'""")
                .param("h", result.score().hardScore()).param("s", result.score().softScore())
                .param("b", result.baseline().softScore()).param("ms", result.millisSpent())
                .param("p", result.score().isFeasible() ? "Done: every hard rule kept" : "Done, but some hard rules are broken")
                .param("now", now()).param("id", id).update();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("select * from optimiser_job where id = :id").param("id", id).query(this::job).optional();
    }

    List<Job> recent(UUID clinicId, int limit) {
        return jdbc.sql("select * from optimiser_job where clinic_id = :c order by created_at desc limit :n")
                .param("c", clinicId).param("n", limit).query(this::job).list();
    }

    List<Assignment> assignments(UUID jobId) {
        return jdbc.sql("select * from optimiser_assignment where job_id = :j order by starts_at")
                .param("j", jobId).query((rs, i) -> new Assignment(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getInt("session_number"), rs.getObject("provider_id", UUID.class),
                        rs.getObject("room_id", UUID.class), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("duration_minutes"), rs.getObject("window_start", LocalDate.class),
                        rs.getObject("window_end", LocalDate.class), rs.getString("why"),
                        rs.getObject("booked_appointment_id", UUID.class))).list();
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        var started = rs.getObject("started_at", OffsetDateTime.class);
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Job(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                Status.valueOf(rs.getString("status")), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class), rs.getInt("sessions"), (Long) rs.getObject("hard_score", Long.class),
                rs.getObject("soft_score", Long.class), rs.getObject("baseline_soft_score", Long.class),
                rs.getString("progress"), started == null ? null : started.toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
