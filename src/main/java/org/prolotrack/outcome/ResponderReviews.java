package org.prolotrack.outcome;

import java.util.List;
import java.util.UUID;

/** Responder analysis per plan (patient and indication), with the clinician's recorded decision. */
public interface ResponderReviews {

    /** Analyses the plan's scores now and records the advice. */
    ResponderAnalysis review(UUID planId);

    /** The clinician's decision on a review, with a note. */
    ResponderAnalysis decide(UUID reviewId, ResponderAnalysis.Decision decision, String note);

    List<ResponderAnalysis> reviews(UUID planId);

    /**
     * Every scored instrument of the plan judged now (not recorded): change from baseline, percent change and
     * whether its threshold is reached, the primary instrument of the indication first.
     */
    List<InstrumentJudgement> judgements(UUID planId);
}
