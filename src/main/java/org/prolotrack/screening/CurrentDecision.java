package org.prolotrack.screening;

import java.time.Instant;
import java.util.UUID;

/** The decision on the patient's latest screening, when that screening is current (not stale) and decided. */
public record CurrentDecision(UUID screeningId, Decision decision, Verdict verdict, Instant decidedAt, String decidedBy) {

    public boolean proceed() {
        return decision == Decision.PROCEED;
    }
}
