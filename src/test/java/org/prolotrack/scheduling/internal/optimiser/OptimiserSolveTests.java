package org.prolotrack.scheduling.internal.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

class OptimiserSolveTests {

    @Test
    void aSmallClinicWeekIsPlannedWithoutBreakingAHardRuleUnderFullAssert() {
        // 16 sessions, 2 providers, 2 rooms (one the fluoroscopy suite), four weeks
        var problem = DemandGenerator.generate(7, 16, 2, 2, 28);
        // every session outside the suite is ultrasound-guided, and the clinic has one ultrasound machine
        problem.getSessions().stream().filter(s -> !s.isNeedsFluoroscopy()).forEach(SessionVisit::withUltrasound);
        problem.setUltrasound(new UltrasoundCapacity(1, new int[0]));
        // FULL_ASSERT recomputes the score from scratch after every move and fails on any corruption
        var run = new OptimiserRun(Duration.ofSeconds(6), null, EnvironmentMode.FULL_ASSERT, 7L);

        var result = run.solve(problem, p -> { });

        assertThat(result.score().hardScore()).isZero();
        assertThat(result.score().softScore()).isGreaterThanOrEqualTo(result.baseline().softScore());
        var sessions = result.solution().getSessions();
        // checked here independently of the constraint streams: no provider or room holds two sessions at once
        for (var a : sessions) {
            for (var b : sessions) {
                if (a != b && SessionVisit.overlapMinutes(a, b) > 0) {
                    assertThat(a.getProvider()).isNotEqualTo(b.getProvider());
                    assertThat(a.getRoom()).isNotEqualTo(b.getRoom());
                    assertThat(a.isNeedsUltrasound() && b.isNeedsUltrasound()).as("one machine, two sessions").isFalse();
                }
            }
            assertThat(a.getProvider().minutesUnavailable(a.startMinute(), a.endMinute())).isZero();
            if (a.isNeedsFluoroscopy()) {
                assertThat(a.getRoom().fluoroscopy()).isTrue();
            }
        }
        var why = OptimiserRun.explain(result.solution());
        assertThat(why).hasSize(sessions.size());
        assertThat(why.values()).noneMatch(w -> w.contains("HARD"));
    }

    @Test
    void aSessionMovedIntoAnotherSessionsSlotIsExplainedByTheRulesItNowBreaks() {
        var problem = DemandGenerator.generate(7, 16, 2, 2, 28);
        var run = new OptimiserRun(Duration.ofSeconds(2), null, EnvironmentMode.NO_ASSERT, 7L);
        var solution = run.solve(problem, p -> { }).solution();
        var sessions = solution.getSessions();
        var moved = sessions.get(0);
        var other = sessions.stream().filter(s -> s != moved && !s.isNeedsFluoroscopy()).findFirst().orElseThrow();
        moved.setProvider(other.getProvider());
        moved.setRoom(other.getRoom());
        moved.setStart(other.getStart());

        var why = OptimiserRun.explain(solution);

        assertThat(why.get(moved.getId())).contains("HARD: " + other.getProvider() + " would see two patients at once");
        assertThat(why.get(other.getId())).contains("two patients at once");
    }
}
