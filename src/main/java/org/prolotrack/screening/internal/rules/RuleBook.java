package org.prolotrack.screening.internal.rules;

import java.util.List;

import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningFacts;
import org.prolotrack.screening.ScreeningOutcome;

/** Every screening policy, in the order their findings are worked out; each rule of rules.json has exactly one. */
public final class RuleBook {

    private final ScreeningKnowledge knowledge;
    private final List<ScreeningPolicy> policies;

    public RuleBook(ScreeningKnowledge knowledge) {
        this.knowledge = knowledge;
        this.policies = List.of(
                new IndicationPolicy(knowledge),
                new LocalInfectionAtSitePolicy(knowledge),
                new LocalInfectionElsewherePolicy(knowledge),
                new AcuteInfectionPolicy(knowledge),
                new BleedingDisorderPolicy(knowledge),
                new AnticoagulantTherapyPolicy(knowledge),
                new AntiplateletTherapyPolicy(knowledge),
                new AgentAllergyPolicy(knowledge),
                new AgentCautionPolicy(knowledge),
                new AcuteGoutFlarePolicy(knowledge),
                new AcuteFracturePolicy(knowledge),
                new SystemicInflammatoryPolicy(knowledge),
                new DiabetesPolicy(knowledge),
                new ProstheticJointAtSitePolicy(knowledge),
                new ImmunosuppressionPolicy(knowledge),
                new FeverPolicy(knowledge),
                new RecentSteroidInjectionAtSitePolicy(knowledge),
                new RedFlagSeriousPathologyPolicy(knowledge),
                new RadicularPainOrStenosisPolicy(knowledge),
                new OsteonecrosisStagingPolicy(knowledge),
                new PregnancyPolicy(knowledge),
                new MalignancyPolicy(knowledge),
                new SystemicCorticosteroidPolicy(knowledge),
                new NsaidUsePolicy(knowledge),
                new WeightForAnestheticPolicy(knowledge),
                new ConservativeCareFailedPolicy(knowledge));
        var implemented = policies.stream().map(ScreeningPolicy::ruleId).sorted().toList();
        var configured = knowledge.ruleIds().stream().sorted().toList();
        if (!implemented.equals(configured)) {
            throw new IllegalStateException("rules.json rules " + configured + " differ from the policies " + implemented);
        }
    }

    public List<String> ruleIds() {
        return policies.stream().map(ScreeningPolicy::ruleId).toList();
    }

    /** Evaluates a course whose agents and sites are known ids (an unknown one is an IllegalArgumentException). */
    public ScreeningOutcome evaluate(ScreeningFacts facts, PlannedCourse course) {
        for (var site : course.sites()) {
            knowledge.sites().region(site.region());
        }
        var evaluation = new Evaluation(facts, course, knowledge);
        for (var p : policies) {
            p.apply(evaluation);
        }
        return evaluation.outcome();
    }
}
