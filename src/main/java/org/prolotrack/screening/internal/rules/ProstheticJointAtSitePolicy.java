package org.prolotrack.screening.internal.rules;

/**
 * A prosthetic joint at a planned region and compatible side: absolute (no intra-articular injection into a joint
 * replacement). One whose location is not recorded, or while no site is chosen, is the rule's unlocated tier; one at
 * another joint does not count. Rule {@code PROSTHETIC_JOINT_AT_SITE}.
 */
final class ProstheticJointAtSitePolicy extends ScreeningPolicy {

    ProstheticJointAtSitePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "PROSTHETIC_JOINT_AT_SITE");
    }

    @Override
    void apply(Evaluation e) {
        for (var c : e.conditions) {
            if (rule.concepts().stream().noneMatch(c.concepts()::contains)) {
                continue;
            }
            var where = e.course.anySite() ? Evaluation.Location.UNKNOWN : e.locate(c.fact());
            if (where == Evaluation.Location.AT_SITE) {
                e.add(rule, rule.severity(), Evaluation.describe(c.fact()), rule.explanation());
            } else if (where == Evaluation.Location.UNKNOWN) {
                e.add(rule, rule.unlocatedSeverity(), Evaluation.describe(c.fact()), rule.unlocatedExplanation());
            }
        }
    }
}
