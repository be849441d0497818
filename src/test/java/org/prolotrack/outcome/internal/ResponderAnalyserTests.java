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

    private org.prolotrack.outcome.InstrumentJudgement judge(String code, String scale, double... scores) {
        var sheets = java.util.Arrays.stream(scores).mapToObj(v -> java.util.Map.of(scale, BigDecimal.valueOf(v))).toList();
        return ResponderAnalyser.judge(catalogue.find(code).orElseThrow(), sheets, true);
    }

    @Test
    void anOdiFallFromFortyToThirtyIsATwentyFivePercentFallAndReachesTheEighteenPercentThreshold() {
        var j = judge("ODI", "index", 40, 30); // (30 - 40) / 40 = -25%
        assertThat(j.change()).isEqualByComparingTo("-10");
        assertThat(j.percentChange()).isEqualByComparingTo("-25");
        assertThat(j.improved()).isTrue();
        assertThat(j.reached()).isTrue();
        assertThat(j.thresholdSource()).contains("Mannion");
        assertThat(j.thresholdCertainty()).isEqualTo("V");
        assertThat(j.note()).contains("surgery");
        assertThat(j.knowledgeVersion()).contains("odi.json@");
    }

    @Test
    void anOdiFallOfFifteenPercentDoesNotReachTheThreshold() {
        assertThat(judge("ODI", "index", 40, 34).reached()).isFalse(); // 6 / 40 = 15%
    }

    @Test
    void aQuickDashFallOfTenPointsIsBelowTheFourteenPointMcid() {
        var j = judge("QUICKDASH", "disability", 50, 40);
        assertThat(j.change()).isEqualByComparingTo("-10");
        assertThat(j.percentChange()).isEqualByComparingTo("-20");
        assertThat(j.reached()).isFalse();
        assertThat(j.thresholdSource()).contains("Sorensen");
        assertThat(judge("QUICKDASH", "disability", 50, 36).reached()).isTrue(); // 14 points
    }

    @Test
    void pgicMuchImprovedIsAResponderWithoutAnyBaseline() {
        var j = judge("PGIC", "change", 2);
        assertThat(j.baseline()).isNull();
        assertThat(j.latest()).isEqualByComparingTo("2");
        assertThat(j.reached()).isTrue();
        assertThat(judge("PGIC", "change", 3).reached()).isFalse(); // minimally improved
        assertThat(judge("PGIC", "change", 1).reached()).isTrue();
    }

    @Test
    void nrsSixToFourIsTwoPointsAndReachesTheMcid() {
        var j = judge("NRS", "pain", 6, 4);
        assertThat(j.change()).isEqualByComparingTo("-2");
        assertThat(j.percentChange()).isEqualByComparingTo("-33.3"); // 2 / 6, one decimal
        assertThat(j.reached()).isTrue();
        assertThat(j.thresholdSource()).contains("Farrar");
    }

    @Test
    void womacChangeIsShownButNeverCalledMeaningful() {
        var sheets = List.of(java.util.Map.of("total_normalised", new BigDecimal("50"), "function", new BigDecimal("40")),
                java.util.Map.of("total_normalised", new BigDecimal("20"), "function", new BigDecimal("20")));
        var j = ResponderAnalyser.judge(catalogue.find("WOMAC").orElseThrow(), sheets, true);
        assertThat(j.change()).isEqualByComparingTo("-30");
        assertThat(j.percentChange()).isEqualByComparingTo("-60");
        assertThat(j.reached()).isNull();
        assertThat(j.threshold()).isEqualTo("none verified");
        assertThat(j.note()).contains("No verified minimal clinically important difference")
                .contains("Smallest detectable change (MDC95)").contains("9.1").contains("-20 points, beyond");
    }

    @Test
    void vasChangeIsShownButNeverJudged() {
        var j = judge("VAS", "pain", 70, 10);
        assertThat(j.percentChange()).isEqualByComparingTo("-85.7"); // 60 / 70
        assertThat(j.reached()).isNull();
        assertThat(j.note()).contains("not judged meaningful");
    }

    @Test
    void nrsWorseningFromFourToSixAsksForAReview() {
        var r = nrs(2, 4, 6); // 2 points (50%) worse
        assertThat(r.advice()).isEqualTo(Advice.REVIEW_WORSENING);
        assertThat(r.change()).isEqualByComparingTo("-2"); // improvement: negative
    }

    @Test
    void aWorseningWomacAsksForAReviewEvenWithoutAThreshold() {
        var r = ResponderAnalyser.analyse(afterSessions(2), catalogue.find("WOMAC").orElseThrow(),
                List.of(BigDecimal.valueOf(30), BigDecimal.valueOf(35)));
        assertThat(r.advice()).isEqualTo(Advice.REVIEW_WORSENING);
        assertThat(r.thresholdMet()).isNull();
    }

    @Test
    void aWomacWithoutAThresholdNeverSuggestsStoppingAsANonResponder() {
        var r = ResponderAnalyser.analyse(afterSessions(4), catalogue.find("WOMAC").orElseThrow(),
                List.of(BigDecimal.valueOf(30), BigDecimal.valueOf(29)));
        assertThat(r.advice()).isEqualTo(Advice.CONTINUE);
    }

    @Test
    void lowerIsBetterOnEveryInstrumentThatComparesWithABaseline() {
        for (var code : List.of("NRS", "VAS", "WOMAC", "ODI", "QUICKDASH")) {
            assertThat(catalogue.find(code).orElseThrow().lowerIsBetter()).as(code).isTrue();
        }
    }
}
