package org.prolotrack.scheduling.internal.optimiser;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;

/** A clinic's pending sessions over a horizon, with the providers, rooms and starts they may take. */
@PlanningSolution
public class SchedulingProblem {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimeGrain> grains;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<PlannedProvider> providers;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<PlannedRoom> rooms;
    @ProblemFactCollectionProperty
    private List<BusyBlock> busy;
    @ProblemFactProperty
    private UltrasoundCapacity ultrasound = UltrasoundCapacity.NONE;
    @PlanningEntityCollectionProperty
    private List<SessionVisit> sessions;
    @PlanningScore
    private HardSoftScore score;

    public SchedulingProblem() {
    }

    public SchedulingProblem(List<TimeGrain> grains, List<PlannedProvider> providers, List<PlannedRoom> rooms,
                             List<BusyBlock> busy, List<SessionVisit> sessions) {
        this.grains = grains;
        this.providers = providers;
        this.rooms = rooms;
        this.busy = busy;
        this.sessions = sessions;
    }

    public List<TimeGrain> getGrains() { return grains; }
    public List<PlannedProvider> getProviders() { return providers; }
    public List<PlannedRoom> getRooms() { return rooms; }
    public List<BusyBlock> getBusy() { return busy; }
    public List<SessionVisit> getSessions() { return sessions; }
    public UltrasoundCapacity getUltrasound() { return ultrasound; }
    public void setUltrasound(UltrasoundCapacity ultrasound) { this.ultrasound = ultrasound; }
    public HardSoftScore getScore() { return score; }
    public void setScore(HardSoftScore score) { this.score = score; }
}
