package org.prolotrack.procedure;

import java.util.Optional;
import java.util.UUID;

/**
 * What the aftercare sheet needs to know of the series a session belongs to, so that it can tell the patient when
 * the next session is due. Provided by the module that owns series (plan depends on procedure, not the reverse).
 */
public interface SeriesSchedules {

    /**
     * @param plannedSessions the sessions planned in the series
     * @param intervalMinDays earliest next session after one, in days
     * @param intervalMaxDays latest next session after one, in days
     * @param running         false when the series was completed or stopped
     * @param maintenance     the series is in open-ended maintenance (no last session)
     */
    record SeriesSchedule(int plannedSessions, int intervalMinDays, int intervalMaxDays, boolean running,
                          boolean maintenance) { }

    Optional<SeriesSchedule> forPlan(UUID planId);
}
