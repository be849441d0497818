package org.prolotrack.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class OptimiserJobReaperTests {

    @Autowired OptimiserJobReaper reaper;
    @Autowired JdbcClient jdbc;
    @Autowired ClinicDirectory clinics;

    private UUID clinic() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return clinics.addClinic(new ClinicDirectory.NewClinic("R" + suffix, "Reaper clinic " + suffix,
                "America/Chicago", "1 Test St", "+1 555 0100", "r-" + suffix + "@example.org", "USD"));
    }

    private UUID job(UUID clinic, String status, Instant touched) {
        var id = UUID.randomUUID();
        var at = touched.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into optimiser_job (id, clinic_id, status, from_date, to_date, progress, run_by, started_at,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, :s, :f, :t, 'Solving', 'gone@host', :at, :at, 'staff', :at, 'system')""")
                .param("id", id).param("c", clinic).param("s", status).param("f", LocalDate.of(2026, 12, 1))
                .param("t", LocalDate.of(2026, 12, 28)).param("at", at).update();
        return id;
    }

    private String status(UUID job) {
        return jdbc.sql("select status from optimiser_job where id = :id").param("id", job).query(String.class).single();
    }

    @Test
    void aJobLeftSolvingByAStoppedInstanceIsMarkedFailedAsInterrupted() {
        var c = clinic();
        var now = Instant.now();
        var abandoned = job(c, "SOLVING", now.minus(Duration.ofHours(1)));
        var abandonedInQueue = job(c, "QUEUED", now.minus(Duration.ofMinutes(11)));
        var alive = job(c, "SOLVING", now.minus(Duration.ofMinutes(2)));
        var finished = job(c, "SOLVED", now.minus(Duration.ofDays(2)));

        reaper.reap(now);

        assertThat(status(abandoned)).isEqualTo("FAILED");
        assertThat(status(abandonedInQueue)).isEqualTo("FAILED");
        assertThat(jdbc.sql("select progress from optimiser_job where id = :id").param("id", abandoned)
                .query(String.class).single()).startsWith("Interrupted");
        assertThat(status(alive)).isEqualTo("SOLVING");
        assertThat(status(finished)).isEqualTo("SOLVED");
    }

    @Test
    void severalInstancesReapingAtOnceFailEachAbandonedJobOnce() throws Exception {
        var c = clinic();
        var now = Instant.now();
        var abandoned = job(c, "SOLVING", now.minus(Duration.ofHours(3)));
        job(c, "QUEUED", now.minus(Duration.ofHours(2)));
        // the database is shared with other tests: count every job the reapers should fail, ours included
        int stale = jdbc.sql("""
                select count(*) from optimiser_job where status in ('QUEUED', 'SOLVING') and changed_at < :cutoff""")
                .param("cutoff", now.minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC)).query(Integer.class).single();
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        var counts = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 4; i++) {
            counts.add(pool.submit(() -> {
                gate.await();
                return reaper.reap(now);
            }));
        }
        gate.countDown();
        int total = 0;
        for (var f : counts) {
            total += f.get();
        }
        pool.shutdown();

        assertThat(stale).isGreaterThanOrEqualTo(2);
        assertThat(total).as("each abandoned job failed by exactly one of the four").isEqualTo(stale);
        assertThat(status(abandoned)).isEqualTo("FAILED");
    }
}
