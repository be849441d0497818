package org.prolotrack.screening.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/** How long a screening clears its series (knowledge/screening/validity.json, with its sources). */
@Component
class ScreeningValidity {

    record Window(String id, int days, String source, String certainty) { }

    private final Window activation;
    private final Window runningSeries;

    ScreeningValidity(KnowledgeBase knowledge) {
        List<Window> windows = knowledge.file("screening/validity.json").list("windows", Window.class);
        this.activation = find(windows, "ACTIVATION");
        this.runningSeries = find(windows, "RUNNING_SERIES");
    }

    Window activation() {
        return activation;
    }

    Window runningSeries() {
        return runningSeries;
    }

    /** Is a screening run at {@code screenedAt} still within {@code window} at {@code now}? */
    static boolean within(Window window, Instant screenedAt, Instant now) {
        return !screenedAt.plus(Duration.ofDays(window.days())).isBefore(now);
    }

    private static Window find(List<Window> windows, String id) {
        return windows.stream().filter(w -> w.id().equals(id)).findFirst()
                .filter(w -> w.days() > 0)
                .orElseThrow(() -> new IllegalStateException("screening/validity.json needs a window " + id + " of at least one day"));
    }
}
