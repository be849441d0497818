package org.prolotrack.scheduling.internal.optimiser;

import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/**
 * One pair of tests per constraint: it fires (with a penalty worked out by hand) and it does not. Each test names
 * and calls the constraint method it is about.
 */
class SchedulingConstraintsTests {

    private static final int DAY = TimeGrain.MINUTES_PER_DAY;
    private final ConstraintVerifier<SchedulingConstraints, SchedulingProblem> verifier =
            ConstraintVerifier.build(new SchedulingConstraints(), SchedulingProblem.class, SessionVisit.class);

    // Monday (day 0) 08:00-17:00 and Tuesday (day 1) 08:00-12:00
    private final PlannedProvider okafor = new PlannedProvider(UUID.randomUUID(), "Dr Okafor",
            List.of(new int[] {8 * 60, 17 * 60}, new int[] {DAY + 8 * 60, DAY + 12 * 60}));
    private final PlannedProvider bergstrom = new PlannedProvider(UUID.randomUUID(), "Dr Bergstrom",
            List.of(new int[] {8 * 60, 17 * 60}));
    private final PlannedRoom procedureA = new PlannedRoom(UUID.randomUUID(), "Procedure A", false);
    private final PlannedRoom procedureB = new PlannedRoom(UUID.randomUUID(), "Procedure B", false);
    private final PlannedRoom suite = new PlannedRoom(UUID.randomUUID(), "Fluoroscopy suite", true);

    private static int at(int day, int hour, int minute) {
        return day * DAY + hour * 60 + minute;
    }

    private SessionVisit visit(String id, int start, int minutes, PlannedProvider p, PlannedRoom r) {
        return visit(id, start, minutes, p, r, false, null, SessionVisit.PartOfDay.ANY, null);
    }

    private SessionVisit visit(String id, int start, int minutes, PlannedProvider p, PlannedRoom r, boolean fluoro,
                               UUID preferred, SessionVisit.PartOfDay part, SessionVisit previous) {
        var s = new SessionVisit(id, UUID.randomUUID(), UUID.randomUUID(), id, previous == null ? 1 : 2, minutes, fluoro,
                0, 6, 14, 28, preferred, part, previous);
        s.setStart(new TimeGrain(start));
        s.setProvider(p);
        s.setRoom(r);
        return s;
    }

    @Test
    void aSessionRunningPastTheProvidersHoursIsPenalisedByTheMinutesOutside() {
        // Tuesday 11:30-12:30, the provider stops at 12:00: 30 minutes outside
        verifier.verifyThat(SchedulingConstraints::providerUnavailable)
                .given(visit("a", at(1, 11, 30), 60, okafor, procedureA))
                .justifiesWith(new SlotJustification(List.of("a"), "Dr Okafor is not working for 30 min of it"))
                .penalizesBy(30);
    }

    @Test
    void aSessionInsideWorkingHoursIsNotPenalisedForAvailability() {
        verifier.verifyThat(SchedulingConstraints::providerUnavailable)
                .given(visit("a", at(1, 11, 0), 60, okafor, procedureA)).hasNoImpact();
    }

    @Test
    void aFluoroscopyGuidedSessionOutsideTheSuiteIsPenalisedByItsLength() {
        verifier.verifyThat(SchedulingConstraints::fluoroscopyNeedsTheSuite)
                .given(visit("a", at(0, 9, 0), 45, okafor, procedureA, true, null, SessionVisit.PartOfDay.ANY, null))
                .penalizesBy(45);
    }

    @Test
    void aFluoroscopyGuidedSessionInTheSuiteIsFine() {
        verifier.verifyThat(SchedulingConstraints::fluoroscopyNeedsTheSuite)
                .given(visit("a", at(0, 9, 0), 45, okafor, suite, true, null, SessionVisit.PartOfDay.ANY, null))
                .hasNoImpact();
    }

    @Test
    void aFirstSessionTwoDaysAfterItsWindowClosesIsPenalisedPerDay() {
        // window is days 0..6; day 8 is 2 days late: 2 x 60
        verifier.verifyThat(SchedulingConstraints::outsideWindow)
                .given(visit("a", at(8, 9, 0), 30, okafor, procedureA)).penalizesBy(120);
    }

    @Test
    void aFirstSessionInsideItsWindowIsFine() {
        verifier.verifyThat(SchedulingConstraints::outsideWindow)
                .given(visit("a", at(6, 9, 0), 30, okafor, procedureA)).hasNoImpact();
    }

    @Test
    void aSecondSessionTenDaysAfterTheFirstIsFourDaysTooEarly() {
        // the plan allows 14-28 days; 10 days is 4 short: 4 x 60
        var first = visit("first", at(0, 9, 0), 30, okafor, procedureA);
        var second = visit("second", at(10, 9, 0), 30, okafor, procedureA, false, null, SessionVisit.PartOfDay.ANY, first);
        verifier.verifyThat(SchedulingConstraints::seriesInterval).given(first, second).penalizesBy(240);
    }

    @Test
    void aSecondSessionFourteenDaysAfterTheFirstIsInsideTheInterval() {
        var first = visit("first", at(0, 9, 0), 30, okafor, procedureA);
        var second = visit("second", at(14, 9, 0), 30, okafor, procedureA, false, null, SessionVisit.PartOfDay.ANY, first);
        verifier.verifyThat(SchedulingConstraints::seriesInterval).given(first, second).hasNoImpact();
    }

    @Test
    void aProviderBookedTwiceIsPenalisedByTheOverlappingMinutes() {
        // 09:00-10:00 and 09:45-10:15: 15 minutes together
        verifier.verifyThat(SchedulingConstraints::providerOverlap)
                .given(visit("a", at(0, 9, 0), 60, okafor, procedureA), visit("b", at(0, 9, 45), 30, okafor, procedureB))
                .penalizesBy(15);
    }

    @Test
    void backToBackSessionsOfOneProviderDoNotOverlap() {
        verifier.verifyThat(SchedulingConstraints::providerOverlap)
                .given(visit("a", at(0, 9, 0), 60, okafor, procedureA), visit("b", at(0, 10, 0), 30, okafor, procedureB))
                .hasNoImpact();
    }

    @Test
    void aRoomBookedTwiceIsPenalisedByTheOverlappingMinutes() {
        verifier.verifyThat(SchedulingConstraints::roomOverlap)
                .given(visit("a", at(0, 9, 0), 45, okafor, procedureA), visit("b", at(0, 9, 30), 30, bergstrom, procedureA))
                .penalizesBy(15);
    }

    @Test
    void twoRoomsAtTheSameTimeAreFine() {
        verifier.verifyThat(SchedulingConstraints::roomOverlap)
                .given(visit("a", at(0, 9, 0), 45, okafor, procedureA), visit("b", at(0, 9, 0), 45, bergstrom, procedureB))
                .hasNoImpact();
    }

    @Test
    void twoFluoroscopyGuidedSessionsAtOnceShareOneFluoroscope() {
        verifier.verifyThat(SchedulingConstraints::fluoroscopeOverlap)
                .given(visit("a", at(0, 9, 0), 60, okafor, suite, true, null, SessionVisit.PartOfDay.ANY, null),
                        visit("b", at(0, 9, 30), 60, bergstrom, procedureA, true, null, SessionVisit.PartOfDay.ANY, null))
                .penalizesBy(30);
    }

    @Test
    void aFluoroscopyGuidedSessionBesideAnUltrasoundOneIsFine() {
        verifier.verifyThat(SchedulingConstraints::fluoroscopeOverlap)
                .given(visit("a", at(0, 9, 0), 60, okafor, suite, true, null, SessionVisit.PartOfDay.ANY, null),
                        visit("b", at(0, 9, 30), 60, bergstrom, procedureA))
                .hasNoImpact();
    }

    private SessionVisit ultrasound(String id, int start, int minutes, PlannedProvider p, PlannedRoom r) {
        return visit(id, start, minutes, p, r).withUltrasound();
    }

    @Test
    void twoUltrasoundGuidedSessionsAtOnceWithOneMachineArePenalisedForTheLaterOnesMinutes() {
        // 09:00-10:00 and 09:30-10:30: at 09:30 two sessions need the one machine; the 60-minute later one is over
        verifier.verifyThat(SchedulingConstraints::ultrasoundOverbooked)
                .given(ultrasound("a", at(0, 9, 0), 60, okafor, procedureA),
                        ultrasound("b", at(0, 9, 30), 60, bergstrom, procedureB), new UltrasoundCapacity(1, new int[0]))
                .justifiesWith(new SlotJustification(List.of("b"),
                        "2 ultrasound-guided sessions at once, 1 ultrasound machine(s) free"))
                .penalizesBy(60);
    }

    @Test
    void twoUltrasoundGuidedSessionsAtOnceWithTwoMachinesAreFine() {
        verifier.verifyThat(SchedulingConstraints::ultrasoundOverbooked)
                .given(ultrasound("a", at(0, 9, 0), 60, okafor, procedureA),
                        ultrasound("b", at(0, 9, 30), 60, bergstrom, procedureB), new UltrasoundCapacity(2, new int[0]))
                .hasNoImpact();
    }

    @Test
    void anUltrasoundGuidedSessionWhileAnExistingBookingHoldsTheOnlyMachineIsPenalised() {
        // the machine is booked 09:30-10:00 (5-minute granules 114 to 119); the session runs 09:00-10:00
        var taken = new int[TimeGrain.MINUTES_PER_DAY / UltrasoundCapacity.GRANULE];
        for (int g = 114; g < 120; g++) {
            taken[g] = 1;
        }
        verifier.verifyThat(SchedulingConstraints::ultrasoundOverbooked)
                .given(ultrasound("a", at(0, 9, 0), 60, okafor, procedureA), new UltrasoundCapacity(1, taken))
                .penalizesBy(60);
        verifier.verifyThat(SchedulingConstraints::ultrasoundOverbooked)
                .given(ultrasound("a", at(0, 10, 0), 60, okafor, procedureA), new UltrasoundCapacity(1, taken))
                .hasNoImpact();
    }

    @Test
    void sessionsWithoutUltrasoundNeedNoMachine() {
        verifier.verifyThat(SchedulingConstraints::ultrasoundOverbooked)
                .given(visit("a", at(0, 9, 0), 60, okafor, procedureA), visit("b", at(0, 9, 0), 60, bergstrom, procedureB),
                        new UltrasoundCapacity(0, new int[0]))
                .hasNoImpact();
    }

    @Test
    void aSessionOverAnExistingBookingOfItsProviderIsPenalisedByTheOverlap() {
        // booked 09:30-10:30; the session 09:00-10:00 overlaps it by 30 minutes
        verifier.verifyThat(SchedulingConstraints::existingBookingClash)
                .given(visit("a", at(0, 9, 0), 60, okafor, procedureA), new BusyBlock(okafor.id(), at(0, 9, 30), at(0, 10, 30)))
                .penalizesBy(30);
    }

    @Test
    void anExistingBookingOfSomeoneElseDoesNotClash() {
        verifier.verifyThat(SchedulingConstraints::existingBookingClash)
                .given(visit("a", at(0, 9, 0), 60, okafor, procedureA), new BusyBlock(bergstrom.id(), at(0, 9, 30), at(0, 10, 30)))
                .hasNoImpact();
    }

    @Test
    void aSessionWithAnotherProviderThanTheSeriesOwnIsPenalised() {
        verifier.verifyThat(SchedulingConstraints::sameProvider)
                .given(visit("a", at(0, 9, 0), 30, bergstrom, procedureA, false, okafor.id(), SessionVisit.PartOfDay.ANY, null))
                .penalizesBy(1); // one match, weighed by SAME_PROVIDER_WEIGHT in the score
    }

    @Test
    void aSessionWithTheSeriesOwnProviderIsNotPenalised() {
        verifier.verifyThat(SchedulingConstraints::sameProvider)
                .given(visit("a", at(0, 9, 0), 30, okafor, procedureA, false, okafor.id(), SessionVisit.PartOfDay.ANY, null))
                .hasNoImpact();
    }

    @Test
    void anAfternoonSessionForAPatientWhoPrefersMorningsIsPenalised() {
        verifier.verifyThat(SchedulingConstraints::preferredTime)
                .given(visit("a", at(0, 14, 0), 30, okafor, procedureA, false, null, SessionVisit.PartOfDay.MORNING, null))
                .penalizesBy(1); // one match, weighed by PREFERRED_TIME_WEIGHT in the score
    }

    @Test
    void aMorningSessionEndingAtNoonSuitsAPatientWhoPrefersMornings() {
        verifier.verifyThat(SchedulingConstraints::preferredTime)
                .given(visit("a", at(0, 11, 30), 30, okafor, procedureA, false, null, SessionVisit.PartOfDay.MORNING, null))
                .hasNoImpact();
    }

    @Test
    void anHourBetweenTwoSessionsOfAProviderIsAnHourIdle() {
        // 09:00-09:30 and 10:30-11:00: span 120, busy 60, idle 60
        verifier.verifyThat(SchedulingConstraints::idleGaps)
                .given(visit("a", at(0, 9, 0), 30, okafor, procedureA), visit("b", at(0, 10, 30), 30, okafor, procedureA))
                .penalizesBy(60);
    }

    @Test
    void backToBackSessionsLeaveNoIdleGap() {
        verifier.verifyThat(SchedulingConstraints::idleGaps)
                .given(visit("a", at(0, 9, 0), 30, okafor, procedureA), visit("b", at(0, 9, 30), 30, okafor, procedureA),
                        visit("c", at(1, 9, 0), 30, okafor, procedureA))
                .hasNoImpact();
    }

    @Test
    void threeSessionsOfOneProviderInAWeekWeighMoreThanTwoAndOne() {
        // one provider with 3 in week 1: 3 x 3 = 9
        verifier.verifyThat(SchedulingConstraints::balancedLoad)
                .given(visit("a", at(0, 9, 0), 30, okafor, procedureA), visit("b", at(0, 10, 0), 30, okafor, procedureA),
                        visit("c", at(1, 9, 0), 30, okafor, procedureA))
                .penalizesBy(9);
        // split 2 and 1: 4 + 1 = 5
        verifier.verifyThat(SchedulingConstraints::balancedLoad)
                .given(visit("a", at(0, 9, 0), 30, okafor, procedureA), visit("b", at(0, 10, 0), 30, okafor, procedureA),
                        visit("c", at(0, 9, 0), 30, bergstrom, procedureB))
                .penalizesBy(5);
    }

    @Test
    void noSessionsMeanNoLoad() {
        verifier.verifyThat(SchedulingConstraints::balancedLoad).given().hasNoImpact();
    }
}
