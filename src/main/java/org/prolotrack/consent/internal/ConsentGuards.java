package org.prolotrack.consent.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.consent.ConsentView;
import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.procedure.NoteSigningGuard;
import org.springframework.stereotype.Component;

/**
 * No series starts and no session is signed without a current consent: the latest signed consent of the
 * series, not withdrawn. A withdrawal blocks further sessions until a new consent is signed.
 */
@Component
class ConsentGuards implements PlanActivationGuard, NoteSigningGuard {

    static final String MISSING = "Consent: no signed consent for this series";

    private final ConsentRepository consents;

    ConsentGuards(ConsentRepository consents) {
        this.consents = consents;
    }

    @Override
    public Optional<String> missingFor(TreatmentPlanView plan) {
        return missing(plan.id());
    }

    @Override
    public Optional<String> missingFor(UUID patientId, UUID planId) {
        return missing(planId);
    }

    private Optional<String> missing(UUID planId) {
        var latest = consents.latestSigned(planId);
        if (latest.isEmpty()) {
            return Optional.of(MISSING + ".");
        }
        var c = latest.get();
        if (c.status() == ConsentView.Status.WITHDRAWN) {
            return Optional.of(MISSING + ": the consent signed on " + c.signedAt().atOffset(ZoneOffset.UTC).toLocalDate()
                    + " was withdrawn on " + c.withdrawnAt().atOffset(ZoneOffset.UTC).toLocalDate() + " ("
                    + c.withdrawalReason() + ").");
        }
        return Optional.empty();
    }
}
