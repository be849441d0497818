package org.prolotrack.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Optimiser jobs left QUEUED or SOLVING by an instance that stopped are never finished by anyone: at start-up and
 * every minute ({@code prolotrack.scheduling.optimiser-reaper-poll-ms}) this instance first refreshes the jobs it
 * is itself working on (heartbeat), then marks FAILED ("Interrupted") every queued or solving job untouched for
 * longer than {@code prolotrack.scheduling.optimiser-abandoned-after} (default 10 minutes, ISO-8601 or e.g. 10m).
 */
@Component
class OptimiserJobReaper {

    private static final Logger log = LoggerFactory.getLogger(OptimiserJobReaper.class);

    private final OptimiserJobRows jobs;
    private final JdbcScheduleOptimiser optimiser;
    private final Duration abandonedAfter;

    OptimiserJobReaper(OptimiserJobRows jobs, JdbcScheduleOptimiser optimiser,
                       @Value("${prolotrack.scheduling.optimiser-abandoned-after:10m}") Duration abandonedAfter) {
        this.jobs = jobs;
        this.optimiser = optimiser;
        this.abandonedAfter = abandonedAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        reap(Instant.now());
    }

    @Scheduled(fixedDelayString = "${prolotrack.scheduling.optimiser-reaper-poll-ms:60000}",
            initialDelayString = "${prolotrack.scheduling.optimiser-reaper-poll-ms:60000}")
    void scheduled() {
        reap(Instant.now());
    }

    /** Heartbeat for this instance's jobs, then fails the abandoned ones; returns how many were failed. */
    int reap(Instant now) {
        jobs.heartbeat(optimiser.mine());
        int failed = jobs.failAbandoned(now.minus(abandonedAfter).atOffset(ZoneOffset.UTC));
        if (failed > 0) {
            log.warn("Marked {} optimiser job(s) FAILED: no sign of life for more than {}", failed, abandonedAfter);
        }
        return failed;
    }
}
