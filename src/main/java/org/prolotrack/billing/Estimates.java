package org.prolotrack.billing;

import java.util.Optional;
import java.util.UUID;

/** Good Faith Estimates for a series. Access is checked against the plan's patient and audited. */
public interface Estimates {

    /**
     * @param minSessions/maxSessions the range to show; null takes the series range from the knowledge file,
     *                                widened to include the plan's own session count
     */
    record Request(Integer minSessions, Integer maxSessions, boolean includeEvaluation) { }

    /** Works out and stores an estimate for the plan at the clinic's current list prices. */
    Estimate issue(UUID planId, Request request);

    /** The estimate as it would be now, not stored (e.g. to fill a consent form). Empty without a price list. */
    Optional<Estimate> preview(UUID planId);

    Optional<Estimate> latest(UUID planId);
}
