package org.prolotrack.scheduling.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.prolotrack.clinic.Clinic;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.prolotrack.scheduling.ScheduleOptimiser;
import org.prolotrack.scheduling.SlotTakenException;
import org.prolotrack.scheduling.internal.optimiser.OptimiserRun;
import org.prolotrack.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs optimiser jobs on a small bounded pool (one solve at a time per instance, a short queue; more is refused
 * with 429). Job state and results are rows, so any instance shows progress and staff can accept from anywhere.
 */
@Service
class JdbcScheduleOptimiser implements ScheduleOptimiser {

    private static final Logger log = LoggerFactory.getLogger(JdbcScheduleOptimiser.class);

    private final JdbcClient jdbc;
    private final ClinicAccess access;
    private final OptimiserProblems problems;
    private final OptimiserJobRows jobs;
    private final Appointments appointments;
    private final CurrentUsers users;
    private final Duration limit;
    /** The jobs this instance has queued or is solving (at most the pool's 1 + 4), kept alive by the reaper. */
    private final java.util.Set<UUID> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4), r -> {
                var t = new Thread(r, "schedule-optimiser");
                t.setDaemon(true);
                return t;
            });

    JdbcScheduleOptimiser(JdbcClient jdbc, ClinicAccess access, OptimiserProblems problems, OptimiserJobRows jobs,
                          Appointments appointments, CurrentUsers users,
                          @Value("${prolotrack.scheduling.optimiser-seconds:30}") long seconds) {
        this.jdbc = jdbc;
        this.access = access;
        this.problems = problems;
        this.jobs = jobs;
        this.appointments = appointments;
        this.users = users;
        this.limit = Duration.ofSeconds(seconds);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Override
    public UUID start(UUID clinicId, LocalDate from, LocalDate to) {
        var clinic = access.require(clinicId);
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 42) {
            throw new IllegalArgumentException("Plan between 1 and 42 days at a time (from <= to).");
        }
        var id = jobs.create(clinicId, from, to, users.currentOrSystem().username());
        mine.add(id);
        try {
            pool.execute(() -> {
                try {
                    run(id, clinic, from, to);
                } finally {
                    mine.remove(id);
                }
            });
        } catch (RejectedExecutionException busy) {
            mine.remove(id);
            jobs.finish(id, Status.FAILED, "Too many optimiser runs queued; try again in a minute.");
            throw org.prolotrack.problem.Refusal.of(org.prolotrack.problem.Refusal.Kind.BUSY, "The optimiser is busy; try again in a minute.");
        }
        return id;
    }

    private void run(UUID id, Clinic clinic, LocalDate from, LocalDate to) {
        try {
            var problem = problems.build(clinic, from, to);
            if (problem.getSessions().isEmpty() || problem.getProviders().isEmpty() || problem.getRooms().isEmpty()
                    || problem.getGrains().isEmpty()) {
                jobs.finish(id, Status.SOLVED, "Nothing to plan: no unbooked series sessions in these dates.");
                return;
            }
            jobs.solving(id, problem.getSessions().size(), ManagementFactory.getRuntimeMXBean().getName());
            var run = OptimiserRun.forClinic(limit);
            long[] lastWrite = {0};
            var result = run.solve(problem, p -> {
                if (p.millisSpent() - lastWrite[0] > 1000) {
                    lastWrite[0] = p.millisSpent();
                    jobs.progress(id, p.best(), "Best so far after " + p.millisSpent() / 1000 + " s");
                }
            });
            var why = OptimiserRun.explain(result.solution());
            jobs.saveResult(id, clinic, from, result, why);
        } catch (RuntimeException e) {
            log.warn("Optimiser job {} failed", id, e);
            jobs.finish(id, Status.FAILED, "Failed: " + e.getClass().getSimpleName());
        }
    }

    /** The jobs this instance is working on. */
    java.util.Set<UUID> mine() {
        return java.util.Set.copyOf(mine);
    }

    @Override
    public Job job(UUID jobId) {
        var job = jobs.find(jobId).orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such job."));
        access.require(job.clinicId());
        return job;
    }

    @Override
    public List<Job> recent(UUID clinicId, int limit) {
        access.require(clinicId);
        return jobs.recent(clinicId, limit);
    }

    @Override
    public List<Assignment> assignments(UUID jobId) {
        job(jobId);
        return jobs.assignments(jobId);
    }

    @Override
    public AcceptResult accept(UUID jobId) {
        var job = job(jobId);
        if (job.status() != Status.SOLVED) {
            throw new IllegalArgumentException("Only a finished run can be accepted; this one is " + job.status() + ".");
        }
        int booked = 0;
        var skipped = new ArrayList<String>();
        for (var a : jobs.assignments(jobId)) {
            if (a.bookedAppointmentId() != null || a.start() == null || a.why().contains("HARD")) {
                if (a.why() != null && a.why().contains("HARD")) {
                    skipped.add("Session " + a.sessionNumber() + ": breaks a hard rule, book it by hand");
                }
                continue;
            }
            try {
                var appt = appointments.book(new BookingRequest(a.patientId(), a.providerId(), a.roomId(),
                        AppointmentTypes.SESSION, a.start().atOffset(ZoneOffset.UTC), a.durationMinutes(), a.planId(),
                        a.sessionNumber(), a.windowStart(), a.windowEnd(), Appointment.Source.OPTIMISER));
                jdbc.sql("update optimiser_assignment set booked_appointment_id = :b where id = :id")
                        .param("b", appt.id()).param("id", a.id()).update();
                booked++;
            } catch (SlotTakenException | IllegalArgumentException taken) {
                skipped.add("Session " + a.sessionNumber() + " at " + a.start() + ": " + taken.getMessage());
            }
        }
        jobs.finish(jobId, Status.ACCEPTED, "Accepted: " + booked + " booked, " + skipped.size() + " skipped");
        return new AcceptResult(booked, skipped);
    }

    @Override
    public void discard(UUID jobId) {
        var job = job(jobId);
        if (job.status() == Status.ACCEPTED) {
            throw new IllegalArgumentException("An accepted run cannot be discarded; cancel its appointments instead.");
        }
        jobs.finish(jobId, Status.DISCARDED, "Discarded by " + users.currentOrSystem().username());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
