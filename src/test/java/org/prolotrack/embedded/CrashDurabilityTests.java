package org.prolotrack.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default never loses a commit it confirmed: a writer JVM is killed with SIGKILL (no shutdown hook, no
 * flush) at random moments, and every row it had confirmed must be there when the database is opened again.
 * scripts/crash-test.sh does the same against the whole server over HTTP.
 */
class CrashDurabilityTests {

    private static final int TRIALS = 8;

    @TempDir
    Path dataDir;

    @Test
    void aCommitTheDatabaseConfirmedSurvivesTheProcessBeingKilled() throws Exception {
        var url = EmbeddedDatabaseUrl.inFolder(dataDir);
        var random = new Random(20261203L);
        long lost = 0;
        long confirmedInAll = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            long confirmed = runAndKill(url, 150 + random.nextInt(600));
            long present = countRows(url);
            confirmedInAll += confirmed;
            lost += Math.max(0, confirmed - present);
            try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
                s.execute("delete from confirmed_write");
            }
        }
        System.out.printf("Crash durability: %d kills, %d commits confirmed, %d missing afterwards%n",
                TRIALS, confirmedInAll, lost);
        assertThat(confirmedInAll).as("the writer confirmed commits before it was killed").isPositive();
        assertThat(lost).as("confirmed commits missing after %d kills (%d confirmed in all)", TRIALS, confirmedInAll)
                .isZero();
    }

    private long runAndKill(String url, int millisAfterReady) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitWriter.class.getName(), url).redirectErrorStream(true).start();
        var last = new AtomicLong();
        var ready = new java.util.concurrent.CountDownLatch(1);
        var reader = Thread.ofPlatform().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.chars().allMatch(Character::isDigit) && !line.isEmpty()) {
                        last.set(Long.parseLong(line));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("the writer opened the database").isTrue();
        Thread.sleep(millisAfterReady);
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return last.get();
    }

    private static long countRows(String url) throws Exception {
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from confirmed_write")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
