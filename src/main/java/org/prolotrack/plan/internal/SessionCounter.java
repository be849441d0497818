package org.prolotrack.plan.internal;

import java.time.Instant;

import org.prolotrack.procedure.ProcedurePerformed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Counts each signed procedure note against its series (once, even if the event is delivered again). */
@Component
class SessionCounter {

    private static final Logger log = LoggerFactory.getLogger(SessionCounter.class);
    private final PlanRepository plans;

    SessionCounter(PlanRepository plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(ProcedurePerformed performed) {
        if (performed.planId() == null || plans.find(performed.planId()).isEmpty()) {
            log.warn("Procedure note {} names no known series; not counted", performed.noteId());
            return;
        }
        plans.recordSession(performed.planId(), performed.noteId(), performed.sessionNumber(),
                performed.performedOn(), "system", Instant.now());
    }
}
