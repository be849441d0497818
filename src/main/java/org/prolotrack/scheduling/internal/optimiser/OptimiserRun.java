package org.prolotrack.scheduling.internal.optimiser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * One optimiser run: start from first fit, improve with Timefold's local search until the time limit or
 * until nothing improves for a while. Reports each new best score as it is found.
 */
public final class OptimiserRun {

    /** What a run found. */
    public record Result(SchedulingProblem solution, HardSoftScore score, HardSoftScore baseline,
                         long millisToFeasible, long millisSpent) { }

    /** A progress report: the best score so far and when it was found. */
    public record Progress(HardSoftScore best, long millisSpent) { }

    private final SolverFactory<SchedulingProblem> factory;
    private volatile Solver<SchedulingProblem> solver;

    public OptimiserRun(Duration limit, Duration unimprovedLimit, EnvironmentMode mode, Long seed) {
        var termination = new TerminationConfig().withSpentLimit(limit);
        if (unimprovedLimit != null) {
            termination.withUnimprovedSpentLimit(unimprovedLimit);
        }
        var config = new SolverConfig().withSolutionClass(SchedulingProblem.class)
                .withEntityClasses(SessionVisit.class).withConstraintProviderClass(SchedulingConstraints.class)
                .withEnvironmentMode(mode).withTerminationConfig(termination);
        if (seed != null) {
            config.withRandomSeed(seed);
        }
        this.factory = SolverFactory.create(config);
    }

    public static OptimiserRun forClinic(Duration limit) {
        return new OptimiserRun(limit, Duration.ofSeconds(15), EnvironmentMode.NO_ASSERT, null);
    }

    /** Scores a (fully assigned) problem with the optimiser's own constraints. */
    public HardSoftScore score(SchedulingProblem problem) {
        SolutionManager<SchedulingProblem, HardSoftScore> manager = SolutionManager.create(factory);
        return manager.update(problem);
    }

    public Result solve(SchedulingProblem problem, Consumer<Progress> progress) {
        long t0 = System.nanoTime();
        // the baseline: plain first fit on the same data, scored by the same constraints
        var baseline = score(FirstFit.assign(copy(problem), false));
        FirstFit.assign(problem, true);
        long[] feasibleAt = {score(problem).isFeasible() ? (System.nanoTime() - t0) / 1_000_000 : -1};
        solver = factory.buildSolver();
        solver.addEventListener(e -> {
            var s = (HardSoftScore) e.getNewBestScore();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (feasibleAt[0] < 0 && s.isFeasible()) {
                feasibleAt[0] = ms;
            }
            progress.accept(new Progress(s, ms));
        });
        var best = solver.solve(problem);
        return new Result(best, best.getScore(), baseline, feasibleAt[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** A copy with fresh, unassigned sessions (links to earlier sessions kept within the copy). */
    static SchedulingProblem copy(SchedulingProblem p) {
        var map = new java.util.IdentityHashMap<SessionVisit, SessionVisit>();
        var sessions = new ArrayList<SessionVisit>();
        for (var s : p.getSessions()) {
            var c = new SessionVisit(s.getId(), s.getPlanId(), s.getPatientId(), s.getPatientLabel(), s.getSessionNumber(),
                    s.getDurationMinutes(), s.isNeedsFluoroscopy(), s.getWindowStartDay(), s.getWindowEndDay(),
                    s.getIntervalMinDays(), s.getIntervalMaxDays(), s.getPreferredProviderId(), s.getPreferredPartOfDay(),
                    s.getPrevious() == null ? null : map.get(s.getPrevious()));
            map.put(s, c);
            sessions.add(c);
        }
        return new SchedulingProblem(p.getGrains(), p.getProviders(), p.getRooms(), p.getBusy(), sessions);
    }

    /** Asks a running solve to stop early (it returns its best so far). */
    public void stop() {
        var s = solver;
        if (s != null) {
            s.terminateEarly();
        }
    }

    /**
     * "Why this slot?": for each session id, in words, what the slot satisfies and what it gives up. Worked out
     * from the same rules the constraints use: Timefold's score analysis ({@code SolutionManager.analyze}) is a
     * commercial feature in Timefold Solver 2.2 ("A commercial feature \"Score analysis\" was requested but it could
     * not be loaded"), so the open-source solver cannot answer this from the constraints' justifications.
     */
    public static Map<String, String> explain(SchedulingProblem solution) {
        Map<String, String> why = new LinkedHashMap<>();
        for (var s : solution.getSessions()) {
            var reasons = new ArrayList<String>();
            int unavailable = s.getProvider().minutesUnavailable(s.startMinute(), s.endMinute());
            reasons.add(unavailable == 0 ? s.getProvider() + " works then" : "HARD: " + s.getProvider()
                    + " is not working for " + unavailable + " min of it");
            if (s.getPreferredProviderId() != null) {
                reasons.add(s.getPreferredProviderId().equals(s.getProvider().id()) ? "the series' own provider"
                        : "another provider than the series' own (theirs was full or unavailable)");
            }
            if (s.getPrevious() != null) {
                int gap = s.day() - s.getPrevious().day();
                int misfit = SchedulingConstraints.intervalMisfitDays(s.getPrevious(), s);
                reasons.add((misfit == 0 ? "" : "HARD: ") + gap + " days after session " + s.getPrevious().getSessionNumber()
                        + " (plan: " + s.getIntervalMinDays() + "-" + s.getIntervalMaxDays() + " days)");
            } else {
                reasons.add(s.daysOutsideOwnWindow() == 0 ? "inside its interval window"
                        : "HARD: " + s.daysOutsideOwnWindow() + " day(s) outside its interval window");
            }
            if (s.getPreferredPartOfDay() != SessionVisit.PartOfDay.ANY) {
                reasons.add((s.outsidePreferredPartOfDay() ? "not " : "") + "in the "
                        + s.getPreferredPartOfDay().name().toLowerCase() + " as the patient prefers");
            }
            if (s.isNeedsFluoroscopy()) {
                reasons.add(s.getRoom().fluoroscopy() ? "fluoroscopy-guided: in the fluoroscopy suite"
                        : "HARD: needs the fluoroscopy suite");
            }
            for (var o : solution.getSessions()) {
                if (o != s && SessionVisit.overlapMinutes(s, o) > 0) {
                    if (o.getProvider() == s.getProvider()) {
                        reasons.add("HARD: " + s.getProvider() + " would see two patients at once (session "
                                + o.getSessionNumber() + " of " + o.getPatientLabel() + ")");
                    }
                    if (o.getRoom() == s.getRoom()) {
                        reasons.add("HARD: " + s.getRoom() + " would hold two sessions at once");
                    }
                }
            }
            boolean adjacent = solution.getSessions().stream().anyMatch(o -> o != s && o.getProvider() == s.getProvider()
                    && (o.endMinute() == s.startMinute() || o.startMinute() == s.endMinute()));
            if (adjacent) {
                reasons.add("back to back with another session of " + s.getProvider() + " (no idle gap)");
            }
            why.put(s.getId(), String.join("; ", reasons));
        }
        return why;
    }
}
