package org.prolotrack.outcome.internal;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.knowledge.KnowledgeException;
import org.springframework.stereotype.Component;

/**
 * How responder advice treats the plan's goal ({@code knowledge/outcome/responder-rules.json}): at how many
 * consecutive time points after baseline the goal must be reached before completing the series is suggested.
 */
@Component
class ResponderRules {

    static final String FILE = "outcome/responder-rules.json";

    record Rule(String rule, Integer timePointsAtGoal, String text, String source, String certainty) { }

    private final int timePointsAtGoal;
    private final String source;

    ResponderRules(KnowledgeBase knowledge) {
        var rule = knowledge.file(FILE).list("rules", Rule.class).stream()
                .filter(r -> "COMPLETION_CONFIRMATION".equals(r.rule())).findFirst()
                .orElseThrow(() -> new KnowledgeException(FILE + ": no COMPLETION_CONFIRMATION rule"));
        if (rule.timePointsAtGoal() == null || rule.timePointsAtGoal() < 1 || rule.timePointsAtGoal() > 2) {
            throw new KnowledgeException(FILE + ": timePointsAtGoal must be 1 or 2 (the latest score, or it and the one before)");
        }
        this.timePointsAtGoal = rule.timePointsAtGoal();
        this.source = rule.source();
    }

    /** 1: the latest score reaching the goal suggests completing; 2: it and the time point before must. */
    int timePointsAtGoal() {
        return timePointsAtGoal;
    }

    String source() {
        return source;
    }
}
