package org.prolotrack.procedure.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.procedure.ProcedureNoteView.Times;
import org.springframework.stereotype.Component;

/** Flags visit and injecting times outside the usual durations ({@code knowledge/procedure/visit-times.json}). */
@Component
class VisitTimes {

    record Usual(String id, String label, int minMinutes, int maxMinutes, String source) { }

    private final Usual visit;
    private final Usual injecting;

    VisitTimes(KnowledgeBase knowledge) {
        var all = knowledge.file("procedure/visit-times.json").list("durations", Usual.class);
        this.visit = all.stream().filter(u -> u.id().equals("visit")).findFirst().orElseThrow();
        this.injecting = all.stream().filter(u -> u.id().equals("injecting")).findFirst().orElseThrow();
    }

    List<String> flags(Times t) {
        var flags = new ArrayList<String>();
        flag(flags, visit, t.visitStart(), t.visitEnd());
        flag(flags, injecting, t.injectingStart(), t.injectingEnd());
        return flags;
    }

    private static void flag(List<String> flags, Usual usual, Instant start, Instant end) {
        if (start == null || end == null) {
            return;
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < usual.minMinutes() || minutes > usual.maxMinutes()) {
            flags.add(usual.label() + " took " + minutes + " min, outside the usual " + usual.minMinutes() + "–"
                    + usual.maxMinutes() + " min.");
        }
    }
}
