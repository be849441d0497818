package org.prolotrack.outcome.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.prolotrack.plan.PlanActivated;
import org.prolotrack.plan.PlanStopped;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.procedure.ProcedurePerformed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each plan's collection schedule: baseline on activation, the next pre-session questionnaire (or the
 * follow-ups) after each signed procedure note, follow-ups when a series ends early. Creating is idempotent,
 * so a redelivered event changes nothing.
 */
@Component
class ScheduleListener {

    private static final Logger log = LoggerFactory.getLogger(ScheduleListener.class);
    private static final String ACTOR = "outcome-schedule";

    private final ScheduleRules rules;
    private final CollectionStore collections;
    private final TreatmentPlans plans;
    private final SessionMarks sessions;

    ScheduleListener(ScheduleRules rules, CollectionStore collections, TreatmentPlans plans, SessionMarks sessions) {
        this.rules = rules;
        this.collections = collections;
        this.plans = plans;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(PlanActivated e) {
        activated(e);
    }

    @ApplicationModuleListener
    void on(ProcedurePerformed e) {
        performed(e);
    }

    @ApplicationModuleListener
    void on(PlanStopped e) {
        stopped(e);
    }

    void activated(PlanActivated e) {
        var plan = plans.find(e.planId()).orElse(null);
        var day = e.activatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        for (var p : rules.atActivation(plan, day)) {
            collections.createIfAbsent(e.patientId(), e.clinicId(), e.planId(), p, rules.version(), ACTOR);
        }
    }

    void performed(ProcedurePerformed e) {
        sessions.record(e.noteId(), e.patientId(), e.planId(), e.sessionNumber(), e.performedOn());
        if (e.planId() == null) {
            return;
        }
        var plan = plans.find(e.planId()).orElse(null);
        if (plan == null) {
            log.warn("Procedure note {} names plan {}, which cannot be read; scheduling with defaults", e.noteId(), e.planId());
        }
        collections.complete(preSessionCollection(e), ACTOR + ":session-held");
        for (var p : rules.afterSession(plan, e.sessionNumber(), e.performedOn())) {
            collections.createIfAbsent(e.patientId(), e.clinicId(), e.planId(), p, rules.version(), ACTOR);
        }
    }

    /** The pre-session questionnaire of a session that has now taken place no longer waits for answers. */
    private java.util.UUID preSessionCollection(ProcedurePerformed e) {
        return collections.forPatient(e.patientId()).stream()
                .filter(c -> e.planId().equals(c.planId()) && c.timepoint().equals("PRE_SESSION_" + e.sessionNumber()))
                .map(org.prolotrack.outcome.Collection::id).findFirst().orElse(new java.util.UUID(0, 0));
    }

    void stopped(PlanStopped e) {
        collections.cancelOpenPreSession(e.planId(), e.completed() ? "Series completed" : "Series stopped: " + e.reason(), ACTOR);
        var plan = plans.find(e.planId()).orElse(null);
        LocalDate last = plan != null && plan.lastSessionOn() != null ? plan.lastSessionOn() : null;
        if (last == null) {
            return; // no session took place: nothing to follow up
        }
        for (var p : rules.followUps(plan, last)) {
            collections.createIfAbsent(e.patientId(), e.clinicId(), e.planId(), p, rules.version(), ACTOR);
        }
    }
}
