package org.prolotrack.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.prolotrack.scheduling.internal.optimiser.DemandGenerator;
import org.prolotrack.scheduling.internal.optimiser.OptimiserRun;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

/**
 * A month of demand - 1,000 sessions, 8 providers, 4 rooms of which one is the fluoroscopy suite - planned by the
 * optimiser, compared with first fit on the same data, scored by the same constraints. Prints what it measured.
 *
 * <pre>mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.prolotrack.bench.SchedulingBench [-Dbench.seconds=60]</pre>
 */
public final class SchedulingBench {

    public static void main(String[] args) {
        int seconds = Integer.getInteger("bench.seconds", 60);
        long seed = Long.getLong("bench.seed", 42L);
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("machine: %d cores visible to the JVM, load average at start %.2f%n",
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());

        var problem = DemandGenerator.generate(seed, 1000, 8, 4, 30);
        long fluoro = problem.getSessions().stream().filter(s -> s.isNeedsFluoroscopy()).count();
        long linked = problem.getSessions().stream().filter(s -> s.getPrevious() != null).count();
        System.out.printf("demand: %d sessions (%d need fluoroscopy, %d follow an earlier session of the same series), "
                + "%d providers, %d rooms, %d possible starts over 30 days%n", problem.getSessions().size(), fluoro,
                linked, problem.getProviders().size(), problem.getRooms().size(), problem.getGrains().size());

        var run = new OptimiserRun(Duration.ofSeconds(seconds), null, EnvironmentMode.NO_ASSERT, seed);
        long[] lastPrint = {0};
        var result = run.solve(problem, p -> {
            if (p.millisSpent() - lastPrint[0] >= 5_000) {
                lastPrint[0] = p.millisSpent();
                System.out.printf("  %6.1f s  best %s%n", p.millisSpent() / 1000.0, p.best());
            }
        });

        var base = result.baseline();
        var best = result.score();
        System.out.printf("first-fit baseline: hard %d, soft %d%n", base.hardScore(), base.softScore());
        System.out.printf("optimiser (%d s):    hard %d, soft %d%n", seconds, best.hardScore(), best.softScore());
        System.out.printf("time to first solution with 0 hard violations: %s%n",
                result.millisToFeasible() < 0 ? "never" : String.format("%.2f s", result.millisToFeasible() / 1000.0));
        if (base.softScore() != 0) {
            System.out.printf("soft score improvement over first fit: %.1f %%%n",
                    100.0 * (best.softScore() - base.softScore()) / Math.abs(base.softScore()));
        }
        System.out.printf("load average at end %.2f%n", os.getSystemLoadAverage());
    }
}
