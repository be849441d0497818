package org.prolotrack.fhir.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.PreDestroy;
import org.hl7.fhir.r4.model.Resource;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientImports;
import org.prolotrack.patient.PatientNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs bulk export jobs off the request thread: one worker, a bounded queue (a full queue refuses the kick-off).
 * Reads every patient through {@link ChartAccess} as the user who asked (their access rules, an audit row per
 * patient in their name) and writes NDJSON in chunks of {@value #CHUNK} patients per resource type into
 * {@link ExportJobs}; a job deleted while running stops at the next patient.
 */
@Component
class ExportRunner {

    static final List<String> TYPES = List.of("Patient", "Condition", "MedicationRequest", "MedicationStatement",
            "AllergyIntolerance");
    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportJobs jobs;
    private final ChartAccess charts;
    private final PatientImports patients;
    private final FhirContext ctx;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), r -> {
                var t = new Thread(r, "fhir-bulk-export");
                t.setDaemon(true);
                return t;
            });

    ExportRunner(ExportJobs jobs, ChartAccess charts, PatientImports patients, FhirContext ctx) {
        this.jobs = jobs;
        this.charts = charts;
        this.patients = patients;
        this.ctx = ctx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = jobs.failInterrupted();
        if (n > 0) {
            log.info("{} bulk export job(s) left unfinished by the last run marked failed", n);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Queues the job; false when the queue is full (the caller answers 429 and drops the job). */
    boolean submit(ExportJobs.Job job, Authentication requester) {
        try {
            pool.execute(() -> runAs(job, requester));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void runAs(ExportJobs.Job job, Authentication requester) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(requester);
        SecurityContextHolder.setContext(context);
        try {
            run(job);
        } catch (RuntimeException e) {
            log.warn("Bulk export {} failed", job.id(), e);
            jobs.fail(job.id(), "The export failed: " + e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void run(ExportJobs.Job job) {
        var ids = ids(job);
        if (!jobs.progress(job.id(), ExportJobs.Status.RUNNING, ids.size(), 0)) {
            return;
        }
        int done = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var out = new LinkedHashMap<String, Ndjson>();
            job.types().forEach(t -> out.put(t, new Ndjson()));
            for (var id : ids.subList(from, Math.min(ids.size(), from + CHUNK))) {
                try {
                    var chart = charts.records().get(id);
                    // with _since, only what changed since then (the patient's other records are left out)
                    var changed = job.since() == null ? null : patients.changedSince(id, job.since());
                    resources(chart, changed, out);
                } catch (PatientNotFoundException e) {
                    // no longer the requester's to see (moved clinic) or gone: left out
                }
                done++;
            }
            for (var e : out.entrySet()) {
                if (e.getValue().count > 0 && !jobs.addFile(job.id(), e.getKey(), e.getValue().count,
                        e.getValue().text.toString())) {
                    return;
                }
            }
            if (!jobs.progress(job.id(), ExportJobs.Status.RUNNING, null, done)) {
                return;
            }
        }
        jobs.progress(job.id(), ExportJobs.Status.COMPLETE, null, done);
    }

    private List<UUID> ids(ExportJobs.Job job) {
        var ids = new ArrayList<UUID>();
        UUID after = null;
        while (true) {
            var page = job.since() == null ? patients.patientIds(job.clinicId(), after, 1000)
                    : patients.patientIdsChangedSince(job.clinicId(), job.since(), after, 1000);
            ids.addAll(page);
            if (page.size() < 1000) {
                return ids;
            }
            after = page.getLast();
        }
    }

    private static final class Ndjson {
        final StringBuilder text = new StringBuilder();
        int count;
    }

    /** The chart's resources, or only those whose id is in {@code changed} when it is given. */
    private void resources(PatientChart chart, java.util.Set<UUID> changed, Map<String, Ndjson> out) {
        java.util.function.Predicate<UUID> wanted = id -> changed == null || changed.contains(id);
        if (wanted.test(chart.id())) {
            add(out, "Patient", ChartResources.patient(chart));
        }
        chart.conditions().stream().filter(c -> wanted.test(c.id()))
                .forEach(c -> add(out, "Condition", ChartResources.condition(chart, c)));
        chart.medications().stream().filter(m -> wanted.test(m.id())).forEach(m -> {
            add(out, "MedicationRequest", ChartResources.medicationRequest(chart, m));
            add(out, "MedicationStatement", ChartResources.medicationStatement(chart, m));
        });
        chart.allergies().stream().filter(a -> wanted.test(a.id()))
                .forEach(a -> add(out, "AllergyIntolerance", ChartResources.allergy(chart, a)));
        if (changed != null && voidedSince(chart, changed)) {
            // voided since then: served as entered-in-error, so that a client syncing with _since drops them
            charts.records().voidedEntries(chart.id()).stream().filter(v -> changed.contains(v.id()))
                    .flatMap(v -> ChartResources.enteredInError(chart, v).stream())
                    .forEach(r -> add(out, r.fhirType(), r));
        }
    }

    /**
     * Whether something changed since then is no longer on the chart (the patient and the live entries are), i.e.
     * was voided: only then are the voided entries read (one more audited read of the patient).
     */
    private static boolean voidedSince(PatientChart chart, java.util.Set<UUID> changed) {
        var live = new java.util.HashSet<UUID>();
        live.add(chart.id());
        chart.conditions().forEach(c -> live.add(c.id()));
        chart.medications().forEach(m -> live.add(m.id()));
        chart.allergies().forEach(a -> live.add(a.id()));
        return !live.containsAll(changed);
    }

    private void add(Map<String, Ndjson> out, String type, Resource r) {
        var file = out.get(type);
        if (file != null) {
            file.text.append(ctx.newJsonParser().setPrettyPrint(false).encodeResourceToString(r)).append('\n');
            file.count++;
        }
    }
}
