package org.prolotrack.screening.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.screening.Decision;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Verdict;

/** A stored screening as an aggregate: the decision is its one transition, guarded here. */
import org.prolotrack.problem.Refusal;

final class Screening {

    private ScreeningResult state;

    Screening(ScreeningResult state) {
        this.state = state;
    }

    ScreeningResult state() {
        return state;
    }

    /** Records the decision; throws when the screening is stale or decided, or a contraindication is overridden without a reason. */
    void decide(Decision decision, String reason, String who, Instant at) {
        if (decision == null) {
            throw new DecisionRejected(Map.of("decision", "Choose proceed or do not proceed."));
        }
        if (state.decided()) {
            throw new ScreeningConflict("This screening was already decided (" + state.decision() + " by "
                    + state.decidedBy() + "); run a new screening to decide again.");
        }
        if (state.stale()) {
            throw new ScreeningConflict("This screening is stale (" + state.staleReason()
                    + "); run a new screening before deciding.");
        }
        var trimmed = reason == null ? null : reason.trim();
        if (decision == Decision.PROCEED && state.verdict() == Verdict.CONTRAINDICATED
                && (trimmed == null || trimmed.isEmpty())) {
            throw new DecisionRejected(Map.of("reason",
                    "Proceeding despite a contraindication needs a written reason."));
        }
        if (trimmed != null && trimmed.length() > 2000) {
            throw new DecisionRejected(Map.of("reason", "At most 2000 characters."));
        }
        state = new ScreeningResult(state.id(), state.patientId(), state.createdAt(), state.createdBy(),
                state.plannedCourse(), state.verdict(), state.knowledgeVersion(), state.findings(), state.indications(),
                false, null, null, decision, trimmed == null || trimmed.isEmpty() ? null : trimmed, at, who,
                state.planId());
    }

    /** Invalid (400 over HTTP) with the offending field(s) in {@code errors}, like bean validation. */
    static final class DecisionRejected extends org.prolotrack.problem.FieldProblemException {
        DecisionRejected(Map<String, String> errors) {
            super(Kind.INVALID, "Some fields are not valid.", errors);
        }
    }

    /** A conflict: the screening cannot take this decision in its present state. */
    static final class ScreeningConflict extends Refusal {
        ScreeningConflict(String detail) {
            super(Kind.CONFLICT, "Screening cannot be decided", detail);
        }
    }

    /** No such screening for this patient. */
    static final class ScreeningNotFound extends Refusal {
        ScreeningNotFound(UUID id) {
            super(Kind.NOT_FOUND, "Screening not found", "No screening " + id + " for this patient.");
        }
    }
}
