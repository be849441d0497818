package org.prolotrack.screening.internal.rules;

/**
 * An abscess or skin infection at a planned site (same region, compatible side). Rule
 * {@code LOCAL_INFECTION_AT_SITE}; the same infection elsewhere is {@link LocalInfectionElsewherePolicy}.
 */
final class LocalInfectionAtSitePolicy extends ScreeningPolicy {

    LocalInfectionAtSitePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "LOCAL_INFECTION_AT_SITE");
    }

    @Override
    void apply(Evaluation e) {
        if (e.course.anySite()) {
            return;
        }
        for (var c : e.conditions) {
            if (rule.concepts().stream().anyMatch(c.concepts()::contains)
                    && e.locate(c.fact()) == Evaluation.Location.AT_SITE) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
            }
        }
    }
}
