package org.prolotrack.screening.internal.rules;

/**
 * An active anticoagulant, tiered by the planned sites' bleeding risk (body-sites.json, after the ASRA/ESRA
 * interventional pain guideline): when every planned site is of low risk (peripheral joints, musculoskeletal sites)
 * it is the rule's low-risk tier (continue and document); at a spinal or deep site, or while no site is chosen, it is
 * the rule's severity (contraindicated unless held). Rule {@code ANTICOAGULANT_THERAPY}.
 */
final class AnticoagulantTherapyPolicy extends ScreeningPolicy {

    AnticoagulantTherapyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "ANTICOAGULANT_THERAPY");
    }

    @Override
    void apply(Evaluation e) {
        boolean lowRisk = !e.course.anySite() && e.course.sites().stream()
                .allMatch(s -> e.knowledge.sites().region(s.region()).lowBleedingRisk());
        for (var m : e.medications) {
            var i = e.ingredientIn(m, rule.drugClasses());
            if (i == null) {
                continue;
            }
            var recognised = " (recognised as " + i.ingredient() + ")";
            if (lowRisk && rule.lowBleedingRiskSeverity() != null) {
                e.add(rule, rule.lowBleedingRiskSeverity(), Evaluation.describe(m.fact()),
                        rule.lowBleedingRiskExplanation() + recognised);
            } else {
                e.add(rule, rule.severity(), Evaluation.describe(m.fact()), rule.explanation() + recognised);
            }
        }
    }
}
