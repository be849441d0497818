package org.prolotrack.scheduling.internal.optimiser;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.util.List;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * What a good clinic schedule is. Hard: nobody and nothing is in two places, providers work when booked, the
 * fluoroscopy-guided sessions get the suite, every session stays inside its interval window. Soft: the series
 * keeps its provider and the patient's preferred time of day, providers' days have few idle gaps and their weeks
 * similar loads. Every penalty grows with the size of the violation.
 */
public class SchedulingConstraints implements ConstraintProvider {

    public static final String PROVIDER_UNAVAILABLE = "Provider not working then";
    public static final String FLUOROSCOPY_SUITE = "Fluoroscopy-guided session outside the fluoroscopy suite";
    public static final String OUTSIDE_WINDOW = "Session outside its interval window";
    public static final String SERIES_INTERVAL = "Series sessions too close or too far apart";
    public static final String PROVIDER_OVERLAP = "Provider double-booked";
    public static final String ROOM_OVERLAP = "Room double-booked";
    public static final String FLUOROSCOPE_OVERLAP = "Fluoroscope double-booked";
    public static final String ULTRASOUND_OVERBOOKED = "More ultrasound-guided sessions than ultrasound machines";
    public static final String EXISTING_BOOKING = "Clashes with an existing booking";
    public static final String SAME_PROVIDER = "Same provider for the patient's series";
    public static final String PREFERRED_TIME = "Patient's preferred time of day";
    public static final String IDLE_GAPS = "Idle gaps in a provider's day";
    public static final String BALANCED_LOAD = "Balanced weekly load across providers";

    static final int SAME_PROVIDER_WEIGHT = 120;
    static final int PREFERRED_TIME_WEIGHT = 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                providerUnavailable(f), fluoroscopyNeedsTheSuite(f), outsideWindow(f), seriesInterval(f),
                providerOverlap(f), roomOverlap(f), fluoroscopeOverlap(f), ultrasoundOverbooked(f),
                existingBookingClash(f),
                sameProvider(f), preferredTime(f), idleGaps(f), balancedLoad(f)
        };
    }

    Constraint providerUnavailable(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .filter(s -> s.getProvider().minutesUnavailable(s.startMinute(), s.endMinute()) > 0)
                .penalize(HardSoftScore.ONE_HARD, s -> s.getProvider().minutesUnavailable(s.startMinute(), s.endMinute()))
                .justifyWith((s, score) -> SlotJustification.of(s, s.getProvider() + " is not working for "
                        + s.getProvider().minutesUnavailable(s.startMinute(), s.endMinute()) + " min of it"))
                .asConstraint(PROVIDER_UNAVAILABLE);
    }

    Constraint fluoroscopyNeedsTheSuite(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .filter(s -> s.isNeedsFluoroscopy() && !s.getRoom().fluoroscopy())
                .penalize(HardSoftScore.ONE_HARD, SessionVisit::getDurationMinutes)
                .justifyWith((s, score) -> SlotJustification.of(s, "needs fluoroscopy but is in " + s.getRoom()))
                .asConstraint(FLUOROSCOPY_SUITE);
    }

    Constraint outsideWindow(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .filter(s -> s.getPrevious() == null && s.daysOutsideOwnWindow() != 0)
                .penalize(HardSoftScore.ONE_HARD, s -> 60 * s.daysOutsideOwnWindow())
                .justifyWith((s, score) -> SlotJustification.of(s, s.daysOutsideOwnWindow() + " day(s) outside its window"))
                .asConstraint(OUTSIDE_WINDOW);
    }

    Constraint seriesInterval(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .join(SessionVisit.class, Joiners.equal(s -> s, SessionVisit::getPrevious))
                .filter((prev, next) -> intervalMisfitDays(prev, next) > 0)
                .penalize(HardSoftScore.ONE_HARD, (prev, next) -> 60 * intervalMisfitDays(prev, next))
                .justifyWith((prev, next, score) -> SlotJustification.of(next, prev, "comes "
                        + (next.day() - prev.day()) + " day(s) after the previous session; the plan allows "
                        + next.getIntervalMinDays() + "-" + next.getIntervalMaxDays()))
                .asConstraint(SERIES_INTERVAL);
    }

    static int intervalMisfitDays(SessionVisit prev, SessionVisit next) {
        int gap = next.day() - prev.day();
        return gap < next.getIntervalMinDays() ? next.getIntervalMinDays() - gap
                : gap > next.getIntervalMaxDays() ? gap - next.getIntervalMaxDays() : 0;
    }

    Constraint providerOverlap(ConstraintFactory f) {
        return f.forEachUniquePair(SessionVisit.class, Joiners.equal(SessionVisit::getProvider),
                        Joiners.overlapping(SessionVisit::startMinute, SessionVisit::endMinute))
                .penalize(HardSoftScore.ONE_HARD, SessionVisit::overlapMinutes)
                .justifyWith((a, b, score) -> SlotJustification.of(a, b, a.getProvider() + " would see two patients at once"))
                .asConstraint(PROVIDER_OVERLAP);
    }

    Constraint roomOverlap(ConstraintFactory f) {
        return f.forEachUniquePair(SessionVisit.class, Joiners.equal(SessionVisit::getRoom),
                        Joiners.overlapping(SessionVisit::startMinute, SessionVisit::endMinute))
                .penalize(HardSoftScore.ONE_HARD, SessionVisit::overlapMinutes)
                .justifyWith((a, b, score) -> SlotJustification.of(a, b, a.getRoom() + " would hold two sessions at once"))
                .asConstraint(ROOM_OVERLAP);
    }

    Constraint fluoroscopeOverlap(ConstraintFactory f) {
        return f.forEach(SessionVisit.class).filter(SessionVisit::isNeedsFluoroscopy)
                .join(f.forEach(SessionVisit.class).filter(SessionVisit::isNeedsFluoroscopy),
                        Joiners.lessThan(SessionVisit::getId),
                        Joiners.overlapping(SessionVisit::startMinute, SessionVisit::endMinute))
                .penalize(HardSoftScore.ONE_HARD, SessionVisit::overlapMinutes)
                .justifyWith((a, b, score) -> SlotJustification.of(a, b, "both need the fluoroscope at the same time"))
                .asConstraint(FLUOROSCOPE_OVERLAP);
    }

    /**
     * At the start of each ultrasound-guided session, the ultrasound-guided sessions running then (itself included)
     * must not outnumber the machines left free by existing bookings. The most sessions at once always occur at
     * some session's start, so checking every start is enough. Penalty: sessions over × the session's minutes.
     */
    Constraint ultrasoundOverbooked(ConstraintFactory f) {
        return f.forEach(SessionVisit.class).filter(SessionVisit::isNeedsUltrasound)
                .join(f.forEach(SessionVisit.class).filter(SessionVisit::isNeedsUltrasound),
                        Joiners.greaterThanOrEqual(SessionVisit::startMinute, SessionVisit::startMinute),
                        Joiners.lessThan(SessionVisit::startMinute, SessionVisit::endMinute))
                .groupBy((a, b) -> a, countBi())
                .join(UltrasoundCapacity.class)
                .filter((s, atOnce, c) -> atOnce > c.freeDuring(s.startMinute(), s.endMinute()))
                .penalize(HardSoftScore.ONE_HARD,
                        (s, atOnce, c) -> (atOnce - c.freeDuring(s.startMinute(), s.endMinute())) * s.getDurationMinutes())
                .justifyWith((s, atOnce, c, score) -> SlotJustification.of(s, atOnce
                        + " ultrasound-guided sessions at once, " + Math.max(0, c.freeDuring(s.startMinute(), s.endMinute()))
                        + " ultrasound machine(s) free"))
                .asConstraint(ULTRASOUND_OVERBOOKED);
    }

    Constraint existingBookingClash(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .join(BusyBlock.class, Joiners.overlapping(SessionVisit::startMinute, SessionVisit::endMinute,
                        BusyBlock::start, BusyBlock::end))
                .filter((s, b) -> b.resourceId().equals(s.getProvider().id()) || b.resourceId().equals(s.getRoom().id())
                        || b.resourceId().equals(s.getPatientId()))
                .penalize(HardSoftScore.ONE_HARD, (s, b) -> Math.min(s.endMinute(), b.end()) - Math.max(s.startMinute(), b.start()))
                .justifyWith((s, b, score) -> SlotJustification.of(s, "clashes with an appointment already booked"))
                .asConstraint(EXISTING_BOOKING);
    }

    Constraint sameProvider(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .filter(s -> s.getPreferredProviderId() != null && !s.getPreferredProviderId().equals(s.getProvider().id()))
                .penalize(HardSoftScore.ofSoft(SAME_PROVIDER_WEIGHT))
                .justifyWith((s, score) -> SlotJustification.of(s, "with " + s.getProvider()
                        + " rather than the series' own provider"))
                .asConstraint(SAME_PROVIDER);
    }

    Constraint preferredTime(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .filter(SessionVisit::outsidePreferredPartOfDay)
                .penalize(HardSoftScore.ofSoft(PREFERRED_TIME_WEIGHT))
                .justifyWith((s, score) -> SlotJustification.of(s, "not in the " + s.getPreferredPartOfDay().name()
                        .toLowerCase() + " the patient prefers"))
                .asConstraint(PREFERRED_TIME);
    }

    /** A provider's working day, the key idle gaps are counted by. */
    record ProviderDay(PlannedProvider provider, int day) { }

    Constraint idleGaps(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .groupBy(s -> new ProviderDay(s.getProvider(), s.day()), min(SessionVisit::startMinute),
                        max(SessionVisit::endMinute), sum(SessionVisit::getDurationMinutes))
                .filter((pd, first, last, busy) -> last - first > busy)
                .penalize(HardSoftScore.ONE_SOFT, (pd, first, last, busy) -> last - first - busy)
                .justifyWith((pd, first, last, busy, score) -> new SlotJustification(List.of(),
                        pd.provider() + " idles " + (last - first - busy) + " min on day " + pd.day()))
                .asConstraint(IDLE_GAPS);
    }

    Constraint balancedLoad(ConstraintFactory f) {
        return f.forEach(SessionVisit.class)
                .groupBy(SessionVisit::getProvider, s -> s.day() / 7, count())
                .penalize(HardSoftScore.ONE_SOFT, (p, week, n) -> n * n)
                .justifyWith((p, week, n, score) -> new SlotJustification(List.of(),
                        p + " has " + n + " sessions in week " + (week + 1)))
                .asConstraint(BALANCED_LOAD);
    }
}
