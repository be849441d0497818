package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR Bulk Data export (async pattern): {@code GET /fhir/Patient/$export} (every patient the user may see) and
 * {@code GET /fhir/Group/{clinicId}/$export} (a clinic's patients) with {@code Prefer: respond-async} answer 202 and a
 * {@code Content-Location} to poll ({@code /fhir/$export-poll-status?_jobId=}); the poll answers 202 with
 * {@code X-Progress} while the job runs, then 200 with the manifest; its output files are
 * {@code /fhir/$export-file?_jobId=&_file=} (NDJSON). DELETE on the poll URL cancels and deletes the job.
 * Only admins (all clinics) and a clinic's clinicians and staff (their clinic) may export.
 */
@Component
class BulkExportOperations implements FhirOperations {

    private static final String NDJSON = "application/fhir+ndjson";

    private final ExportJobs jobs;
    private final ExportRunner runner;
    private final CurrentUsers users;
    private final ClinicDirectory clinics;
    private final FhirContext ctx;
    private final JsonMapper json = JsonMapper.builder().build();

    BulkExportOperations(ExportJobs jobs, ExportRunner runner, CurrentUsers users, ClinicDirectory clinics,
                         FhirContext ctx) {
        this.jobs = jobs;
        this.runner = runner;
        this.users = users;
        this.clinics = clinics;
        this.ctx = ctx;
    }

    @Operation(name = "$export", typeName = "Patient", idempotent = true, manualResponse = true)
    public void patientExport(@OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) List<StringType> type,
                              @OperationParam(name = "_since") StringType since,
                              @OperationParam(name = "_outputFormat") StringType format,
                              ServletRequestDetails request) throws IOException {
        var user = exporter();
        kickOff(user.is(Role.ADMIN) ? null : user.clinicId(), type, since, format, request);
    }

    @Operation(name = "$export", typeName = "Group", idempotent = true, manualResponse = true)
    public void groupExport(@IdParam IdType group,
                            @OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) List<StringType> type,
                            @OperationParam(name = "_since") StringType since,
                            @OperationParam(name = "_outputFormat") StringType format,
                            ServletRequestDetails request) throws IOException {
        var user = exporter();
        var clinic = clinics.clinic(ChartAccess.uuid(group.getIdPart(), "Group id"))
                .orElseThrow(() -> new ResourceNotFoundException("Group/" + group.getIdPart()));
        if (!user.is(Role.ADMIN) && !user.worksAt(clinic.id())) {
            throw new ForbiddenOperationException("You may export only your own clinic's patients.");
        }
        kickOff(clinic.id(), type, since, format, request);
    }

    private CurrentUser exporter() {
        var user = users.currentOrSystem();
        if (!user.is(Role.ADMIN) && !((user.is(Role.CLINICIAN) || user.is(Role.STAFF)) && user.clinicId() != null)) {
            throw new ForbiddenOperationException("Only admins and clinic staff may export patients.");
        }
        return user;
    }

    private void kickOff(UUID clinicId, List<StringType> type, StringType since, StringType format,
                         ServletRequestDetails request) throws IOException {
        var prefer = request.getHeader("Prefer");
        if (prefer == null || !prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            throw new InvalidRequestException("A bulk export runs asynchronously: send the header Prefer: respond-async.");
        }
        if (format != null && format.getValue() != null
                && !List.of(NDJSON, "application/ndjson", "ndjson").contains(format.getValue())) {
            throw new InvalidRequestException("_outputFormat " + format.getValue() + " is not supported: " + NDJSON
                    + " is.");
        }
        var job = jobs.create(request.getCompleteUrl(), clinicId, types(type), instant(since),
                users.currentOrSystem().username());
        if (!runner.submit(job, SecurityContextHolder.getContext().getAuthentication())) {
            jobs.delete(job.id());
            throw new TooManyExports();
        }
        var response = request.getServletResponse();
        response.setStatus(202);
        response.setHeader("Content-Location", statusUrl(request, job.id()));
        var oo = new OperationOutcome();
        oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics("Export " + job.id() + " accepted.");
        write(request, "application/fhir+json", ctx.newJsonParser().encodeResourceToString(oo));
    }

    private static List<String> types(List<StringType> type) {
        var wanted = new LinkedHashSet<String>();
        for (var t : type == null ? List.<StringType>of() : type) {
            for (var one : t.getValueNotNull().split(",")) {
                if (!one.isBlank()) {
                    wanted.add(one.trim());
                }
            }
        }
        for (var t : wanted) {
            if (!ExportRunner.TYPES.contains(t)) {
                throw new InvalidRequestException("_type " + t + " is not exported: " + ExportRunner.TYPES + " are.");
            }
        }
        return wanted.isEmpty() ? ExportRunner.TYPES : List.copyOf(wanted);
    }

    private static Instant instant(StringType since) {
        if (since == null || since.getValue() == null || since.getValue().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.getValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("_since must be an instant such as 2025-01-01T00:00:00Z.");
        }
    }

    @Operation(name = "$export-poll-status", idempotent = true, manualResponse = true, deleteEnabled = true)
    public void status(@OperationParam(name = "_jobId") StringType jobId, ServletRequestDetails request)
            throws IOException {
        var job = visibleJob(jobId);
        var response = request.getServletResponse();
        if (request.getRequestType() == RequestTypeEnum.DELETE) {
            jobs.delete(job.id());
            response.setStatus(202);
            return;
        }
        switch (job.status()) {
            case QUEUED, RUNNING -> {
                response.setStatus(202);
                response.setHeader("X-Progress", job.status() == ExportJobs.Status.QUEUED ? "queued"
                        : job.patientsDone() + " of " + job.patientsTotal() + " patients");
                response.setHeader("Retry-After", "2");
            }
            case FAILED -> {
                var oo = new OperationOutcome();
                oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.EXCEPTION).setDiagnostics(job.error());
                response.setStatus(500);
                write(request, "application/fhir+json", ctx.newJsonParser().encodeResourceToString(oo));
            }
            case COMPLETE -> {
                response.setStatus(200);
                write(request, "application/json", json.writeValueAsString(manifest(job, request)));
            }
        }
    }

    private java.util.Map<String, Object> manifest(ExportJobs.Job job, ServletRequestDetails request) {
        var output = new ArrayList<Object>();
        for (var f : jobs.files(job.id())) {
            var file = new java.util.LinkedHashMap<String, Object>();
            file.put("type", f.type());
            file.put("url", request.getFhirServerBase() + "/$export-file?_jobId=" + job.id() + "&_file=" + f.id());
            file.put("count", f.count());
            output.add(file);
        }
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("transactionTime", job.transactionTime().toString());
        m.put("request", job.requestUrl());
        m.put("requiresAccessToken", true);
        m.put("output", output);
        m.put("error", List.of());
        return m;
    }

    @Operation(name = "$export-file", idempotent = true, manualResponse = true)
    public void file(@OperationParam(name = "_jobId") StringType jobId, @OperationParam(name = "_file") StringType file,
                     ServletRequestDetails request) throws IOException {
        var job = visibleJob(jobId);
        var content = jobs.content(job.id(), ChartAccess.uuid(file == null ? null : file.getValue(), "_file"))
                .orElseThrow(() -> new ResourceNotFoundException("No such export file."));
        request.getServletResponse().setStatus(200);
        write(request, NDJSON, content);
    }

    /** The job, if the user asked for it (or is an admin); otherwise, or when gone, 404. */
    private ExportJobs.Job visibleJob(StringType jobId) {
        var id = ChartAccess.uuid(jobId == null ? null : jobId.getValue(), "_jobId");
        var user = users.currentOrSystem();
        return jobs.find(id).filter(j -> user.is(Role.ADMIN) || j.createdBy().equals(user.username()))
                .orElseThrow(() -> new ResourceNotFoundException("No export job " + id + "."));
    }

    private static String statusUrl(ServletRequestDetails request, UUID job) {
        return request.getFhirServerBase() + "/$export-poll-status?_jobId=" + job;
    }

    private static void write(ServletRequestDetails request, String contentType, String body) throws IOException {
        var response = request.getServletResponse();
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.getOutputStream().flush();
    }

    /** More exports queued than the worker takes: the client tries again later (Bulk Data IG: 429). */
    static final class TooManyExports extends BaseServerResponseException {
        TooManyExports() {
            super(429, "Too many bulk exports are queued: try again in a minute.");
        }
    }
}
