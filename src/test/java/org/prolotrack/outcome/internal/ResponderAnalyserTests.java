package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.outcome.ResponderAnalysis.Advice;
import org.prolotrack.plan.TreatmentPlanView;

/** Plans here: goal 90% improvement, non-responder rule after 3 sessions; NRS threshold 2 points or 30%. */
class ResponderAnalyserTests {

    private final InstrumentCatalogue catalogue = new InstrumentCatalogue(org.prolotrack.knowledge.KnowledgeBase.fromClasspath());

    private static TreatmentPlanView afterSessions(int done) {
        return PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M17.11", "Knee OA", 4, done, null);
    }

    private ResponderAnalyser.Result nrs(int sessions, int... scores) {
        return ResponderAnalyser.analyse(afterSessions(sessions), catalogue.find("NRS").orElseThrow(),
                java.util.Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void ninetyPercentBetterSuggestsCompletingTheSeries() {
        var r = nrs(2, 8, 4, 0); // (8 - 0) / 8 = 100%
        assertThat(r.advice()).isEqualTo(Advice.SUGGEST_COMPLETE);
        assertThat(r.percentImprovement()).isEqualByComparingTo("100");
    }

    @Test
    void noMeaningfulChangeAfterThePlansSessionsSuggestsStoppingAsANonResponder() {
        var r = nrs(3, 8, 7); // 1 point, 12.5%: below 2 points and 30%
        assertThat(r.thresholdMet()).isFalse();
        assertThat(r.advice()).isEqualTo(Advice.SUGGEST_STOP_NON_RESPONDER);
    }

    @Test
    void noChangeAfterOneSessionIsNotByItselfAReasonToStop() {
        assertThat(nrs(1, 8, 7).advice()).isEqualTo(Advice.CONTINUE);
    }

    @Test
    void worseningBeyondTheThresholdAsksForAReview() {
        assertThat(nrs(2, 5, 8).advice()).isEqualTo(Advice.REVIEW_WORSENING); // 3 points worse
    }

    @Test
    void twoPointsOrThirtyPercentIsAMeaningfulImprovement() {
        assertThat(nrs(3, 10, 8).thresholdMet()).isTrue();  // 2 points (20%)
        assertThat(nrs(3, 5, 4).thresholdMet()).isFalse();  // 1 point (20%)
        assertThat(nrs(3, 3, 2).thresholdMet()).isTrue();   // 1 point but 33%
        assertThat(nrs(3, 10, 8).advice()).isEqualTo(Advice.CONTINUE);
    }

    @Test
    void aSingleScoreIsNotEnoughToJudge() {
        assertThat(nrs(3, 8).advice()).isEqualTo(Advice.NOT_ENOUGH_DATA);
        assertThat(ResponderAnalyser.analyse(afterSessions(3), catalogue.find("NRS").orElseThrow(), List.of()).advice())
                .isEqualTo(Advice.NOT_ENOUGH_DATA);
    }
}
