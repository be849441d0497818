package org.prolotrack.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans a clinic's pending series sessions (weeks of demand) into slots with Timefold Solver. A run is a row in
 * the database: any instance shows its progress; staff accept it (each session booked through the same
 * database-enforced booking) or discard it.
 */
public interface ScheduleOptimiser {

    enum Status { QUEUED, SOLVING, SOLVED, ACCEPTED, DISCARDED, FAILED }

    record Job(UUID id, UUID clinicId, Status status, LocalDate from, LocalDate to, int sessions, Long hardScore,
               Long softScore, Long baselineSoftScore, String progress, Instant startedAt, Instant finishedAt) { }

    /** A planned session and why it went there ("why this slot?"). */
    record Assignment(UUID id, UUID planId, UUID patientId, int sessionNumber, UUID providerId, UUID roomId,
                      Instant start, int durationMinutes, LocalDate windowStart, LocalDate windowEnd, String why,
                      UUID bookedAppointmentId) { }

    record AcceptResult(int booked, List<String> skipped) { }

    UUID start(UUID clinicId, LocalDate from, LocalDate to);

    Job job(UUID jobId);

    List<Job> recent(UUID clinicId, int limit);

    List<Assignment> assignments(UUID jobId);

    AcceptResult accept(UUID jobId);

    void discard(UUID jobId);
}
