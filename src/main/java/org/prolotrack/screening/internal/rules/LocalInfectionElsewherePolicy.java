package org.prolotrack.screening.internal.rules;

/**
 * An abscess or skin infection away from every planned site, of unrecorded location, or while no site is chosen
 * yet. Rule {@code LOCAL_INFECTION_ELSEWHERE}.
 */
final class LocalInfectionElsewherePolicy extends ScreeningPolicy {

    LocalInfectionElsewherePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "LOCAL_INFECTION_ELSEWHERE");
    }

    @Override
    void apply(Evaluation e) {
        for (var c : e.conditions) {
            if (rule.concepts().stream().noneMatch(c.concepts()::contains)) {
                continue;
            }
            var where = e.locate(c.fact());
            if (e.course.anySite()) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()),
                        rule.explanation() + " No site is chosen yet: do not inject there.");
            } else if (where == Evaluation.Location.UNKNOWN) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()),
                        rule.explanation() + " Its location is not recorded.");
            } else if (where == Evaluation.Location.ELSEWHERE) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
            }
        }
    }
}
