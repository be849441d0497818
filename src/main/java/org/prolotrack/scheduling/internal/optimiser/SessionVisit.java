package org.prolotrack.scheduling.internal.optimiser;

import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A pending series session to place. The window of the first pending session of a series is fixed (from the
 * last session done); a later one follows {@link #getPrevious()} by the plan's interval.
 */
@PlanningEntity
public class SessionVisit {

    public enum PartOfDay { MORNING, AFTERNOON, ANY }

    @PlanningId
    private String id;
    private UUID planId;
    private UUID patientId;
    private String patientLabel;
    private int sessionNumber;
    private int durationMinutes;
    private boolean needsFluoroscopy;
    private boolean needsUltrasound;
    private int windowStartDay;
    private int windowEndDay;
    private int intervalMinDays;
    private int intervalMaxDays;
    private UUID preferredProviderId;
    private PartOfDay preferredPartOfDay = PartOfDay.ANY;
    private SessionVisit previous;

    @PlanningVariable
    private TimeGrain start;
    @PlanningVariable
    private PlannedProvider provider;
    @PlanningVariable
    private PlannedRoom room;

    public SessionVisit() {
    }

    public SessionVisit(String id, UUID planId, UUID patientId, String patientLabel, int sessionNumber,
                        int durationMinutes, boolean needsFluoroscopy, int windowStartDay, int windowEndDay,
                        int intervalMinDays, int intervalMaxDays, UUID preferredProviderId, PartOfDay preferredPartOfDay,
                        SessionVisit previous) {
        this.id = id;
        this.planId = planId;
        this.patientId = patientId;
        this.patientLabel = patientLabel;
        this.sessionNumber = sessionNumber;
        this.durationMinutes = durationMinutes;
        this.needsFluoroscopy = needsFluoroscopy;
        this.windowStartDay = windowStartDay;
        this.windowEndDay = windowEndDay;
        this.intervalMinDays = intervalMinDays;
        this.intervalMaxDays = intervalMaxDays;
        this.preferredProviderId = preferredProviderId;
        this.preferredPartOfDay = preferredPartOfDay == null ? PartOfDay.ANY : preferredPartOfDay;
        this.previous = previous;
    }

    /** Marks the session as ultrasound-guided: it needs one of the clinic's ultrasound machines. */
    public SessionVisit withUltrasound() {
        this.needsUltrasound = true;
        return this;
    }

    public int startMinute() {
        return start.minute();
    }

    public int endMinute() {
        return start.minute() + durationMinutes;
    }

    public int day() {
        return start.day();
    }

    /** Days before the window opens (negative) or after it closes (positive); 0 inside it. */
    public int daysOutsideOwnWindow() {
        int d = day();
        return d < windowStartDay ? windowStartDay - d : d > windowEndDay ? d - windowEndDay : 0;
    }

    public boolean outsidePreferredPartOfDay() {
        int m = start.minuteOfDay();
        return switch (preferredPartOfDay) {
            case MORNING -> m + durationMinutes > 12 * 60;
            case AFTERNOON -> m < 12 * 60;
            case ANY -> false;
        };
    }

    public static int overlapMinutes(SessionVisit a, SessionVisit b) {
        return Math.max(0, Math.min(a.endMinute(), b.endMinute()) - Math.max(a.startMinute(), b.startMinute()));
    }

    public String getId() { return id; }
    public UUID getPlanId() { return planId; }
    public UUID getPatientId() { return patientId; }
    public String getPatientLabel() { return patientLabel; }
    public int getSessionNumber() { return sessionNumber; }
    public int getDurationMinutes() { return durationMinutes; }
    public boolean isNeedsFluoroscopy() { return needsFluoroscopy; }
    public boolean isNeedsUltrasound() { return needsUltrasound; }
    public int getWindowStartDay() { return windowStartDay; }
    public int getWindowEndDay() { return windowEndDay; }
    public int getIntervalMinDays() { return intervalMinDays; }
    public int getIntervalMaxDays() { return intervalMaxDays; }
    public UUID getPreferredProviderId() { return preferredProviderId; }
    public PartOfDay getPreferredPartOfDay() { return preferredPartOfDay; }
    public SessionVisit getPrevious() { return previous; }
    public TimeGrain getStart() { return start; }
    public void setStart(TimeGrain start) { this.start = start; }
    public PlannedProvider getProvider() { return provider; }
    public void setProvider(PlannedProvider provider) { this.provider = provider; }
    public PlannedRoom getRoom() { return room; }
    public void setRoom(PlannedRoom room) { this.room = room; }

    @Override
    public String toString() {
        return patientLabel + " #" + sessionNumber;
    }
}
