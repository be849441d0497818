package org.prolotrack.screening;

import java.util.List;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.screening.internal.rules.RuleBook;
import org.prolotrack.screening.internal.rules.ScreeningKnowledge;

/**
 * The screening engine: pure, no database, no Spring. {@code evaluate(facts, plannedCourse)} runs every rule and
 * returns the verdict with its findings and the knowledge version used. Thread-safe.
 */
public final class ScreeningEngine {

    private final ScreeningKnowledge knowledge;
    private final RuleBook rules;

    public ScreeningEngine(KnowledgeBase knowledgeBase) {
        this.knowledge = new ScreeningKnowledge(knowledgeBase);
        this.rules = new RuleBook(knowledge);
    }

    /** A course with no agents gets the default formulation (dextrose with lidocaine in saline). */
    public PlannedCourse withDefaults(PlannedCourse course) {
        if (course == null) {
            return new PlannedCourse(List.of(), knowledge.agents().defaultAgents());
        }
        return course.agents().isEmpty() ? new PlannedCourse(course.sites(), knowledge.agents().defaultAgents()) : course;
    }

    public ScreeningOutcome evaluate(ScreeningFacts facts, PlannedCourse course) {
        return rules.evaluate(facts, withDefaults(course));
    }

    public String knowledgeVersion() {
        return knowledge.version();
    }

    public List<String> ruleIds() {
        return rules.ruleIds();
    }

    /** The compiled knowledge (for the screening module's own adapters). */
    public ScreeningKnowledge knowledge() {
        return knowledge;
    }
}
