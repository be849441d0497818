package org.prolotrack.safety.internal;

import org.prolotrack.procedure.ProcedurePerformed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After each signed procedure note: check-ins at the configured times (24 h, 72 h, 7 days by default). */
@Component
class CheckInScheduler {

    private final CheckInStore store;
    private final SafetyKnowledge knowledge;

    CheckInScheduler(CheckInStore store, SafetyKnowledge knowledge) {
        this.store = store;
        this.knowledge = knowledge;
    }

    @ApplicationModuleListener
    void on(ProcedurePerformed e) {
        schedule(e);
    }

    int schedule(ProcedurePerformed e) {
        int created = 0;
        for (var t : knowledge.timepoints()) {
            if (store.createIfAbsent(e.patientId(), e.clinicId(), e.providerId(), e.planId(), e.noteId(),
                    e.sessionNumber(), t.label(), e.signedAt().plus(t.delay()))) {
                created++;
            }
        }
        return created;
    }
}
