package org.prolotrack.fhir.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bulk export jobs and their NDJSON output, in the database (fhir_export_job, fhir_export_file): any instance can
 * answer a poll, and nothing is held in memory between requests. A deleted job takes its files with it.
 */
@Component
class ExportJobs {

    enum Status { QUEUED, RUNNING, COMPLETE, FAILED }

    record Job(UUID id, Status status, String requestUrl, UUID clinicId, List<String> types, Instant since,
               Instant transactionTime, Integer patientsTotal, int patientsDone, String error, String createdBy) { }

    /** One output file of the manifest: a chunk of NDJSON of one resource type. */
    record File(UUID id, String type, int count) { }

    private final JdbcClient jdbc;

    ExportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    Job create(String requestUrl, UUID clinicId, List<String> types, Instant since, String by) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into fhir_export_job (id, status, request_url, clinic_id, resource_types, since, transaction_time,
                    created_at, created_by, changed_at, changed_by)
                values (:id, 'QUEUED', :url, :clinic, :types, :since, :now, :now, :by, :now, :by)""")
                .param("id", id).param("url", requestUrl.length() > 2000 ? requestUrl.substring(0, 2000) : requestUrl)
                .param("clinic", clinicId).param("types", String.join(",", types)).param("since", utc(since))
                .param("now", now).param("by", by).update();
        return find(id).orElseThrow();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("select * from fhir_export_job where id = :id").param("id", id)
                .query((rs, i) -> new Job(rs.getObject("id", UUID.class), Status.valueOf(rs.getString("status")),
                        rs.getString("request_url"), rs.getObject("clinic_id", UUID.class),
                        List.of(rs.getString("resource_types").split(",")),
                        instant(rs.getObject("since", OffsetDateTime.class)),
                        instant(rs.getObject("transaction_time", OffsetDateTime.class)),
                        (Integer) rs.getObject("patients_total"), rs.getInt("patients_done"), rs.getString("error"),
                        rs.getString("created_by")))
                .optional();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** Moves a job on; false when it is gone (deleted: the worker stops). */
    boolean progress(UUID id, Status status, Integer total, int done) {
        return jdbc.sql("update fhir_export_job set status = :status, patients_total = coalesce(:total, patients_total),"
                        + " patients_done = :done, changed_at = :now, changed_by = 'system' where id = :id")
                .param("status", status.name()).param("total", total).param("done", done)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update() == 1;
    }

    void fail(UUID id, String error) {
        jdbc.sql("update fhir_export_job set status = 'FAILED', error = :error, changed_at = :now, changed_by = 'system'"
                        + " where id = :id")
                .param("error", error == null ? "failed" : error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
    }

    /** Jobs a stopped process left queued or running: they cannot resume (the requester's sign-in is gone). */
    int failInterrupted() {
        return jdbc.sql("update fhir_export_job set status = 'FAILED', error = 'Interrupted by a restart: start a new"
                        + " export.', changed_at = :now, changed_by = 'system' where status in ('QUEUED', 'RUNNING')")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** Stores a chunk of NDJSON; false when the job is gone. */
    boolean addFile(UUID jobId, String type, int count, String ndjson) {
        if (find(jobId).isEmpty()) {
            return false;
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into fhir_export_file (id, job_id, resource_type, resource_count, content, created_at, created_by,
                    changed_at, changed_by) values (:id, :job, :type, :count, :content, :now, 'system', :now, 'system')""")
                .param("id", UUID.randomUUID()).param("job", jobId).param("type", type).param("count", count)
                .param("content", ndjson).param("now", now).update();
        return true;
    }

    List<File> files(UUID jobId) {
        return jdbc.sql("select id, resource_type, resource_count from fhir_export_file where job_id = :job"
                        + " order by resource_type, created_at, id")
                .param("job", jobId)
                .query((rs, i) -> new File(rs.getObject("id", UUID.class), rs.getString("resource_type"),
                        rs.getInt("resource_count")))
                .list();
    }

    /** A file's NDJSON with the job it belongs to. */
    Optional<String> content(UUID jobId, UUID fileId) {
        return jdbc.sql("select content from fhir_export_file where id = :id and job_id = :job")
                .param("id", fileId).param("job", jobId).query(String.class).optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from fhir_export_file where job_id = :id").param("id", id).update();
        jdbc.sql("delete from fhir_export_job where id = :id").param("id", id).update();
    }
}
