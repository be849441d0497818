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
    private final ResponderRules rules = new ResponderRules(org.prolotrack.knowledge.KnowledgeBase.fromClasspath());

    private static TreatmentPlanView afterSessions(int done) {
        return PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M17.11", "Knee OA", 4, done, null);
    }

    private ResponderAnalyser.Result nrs(int sessions, int... scores) {
        return ResponderAnalyser.analyse(afterSessions(sessions), catalogue.find("NRS").orElseThrow(),
                java.util.Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toList(), rules.timePointsAtGoal());
    }

    @Test
    void ninetyPercentBetterAtTwoTimePointsSuggestsCompletingTheSeries() {
        var r = nrs(3, 8, 0, 0); // (8 - 0) / 8 = 100% at the last two time points
        assertThat(r.advice()).isEqualTo(Advice.SUGGEST_COMPLETE);
        assertThat(r.percentImprovement()).isEqualByComparingTo("100");
        // 10 → 1 → 1: 90% at both, exactly the plan's goal
        assertThat(nrs(3, 10, 1, 1).advice()).isEqualTo(Advice.SUGGEST_COMPLETE);
    }

    @Test
    void aboutNinetyPercentBetterOnceDoesNotSuggestCompletion() {
        // 8 → 4 → 0: 100% at the latest time point only (the one before was 50%): confirm first
        var once = nrs(2, 8, 4, 0);
        assertThat(once.percentImprovement()).isEqualByComparingTo("100");
        assertThat(once.advice()).isEqualTo(Advice.CONTINUE);
        assertThat(once.reason()).contains("once").contains("confirm");
        // 10 → 1: 90% at the first score after baseline; the baseline cannot confirm it
        assertThat(nrs(2, 10, 1).advice()).isEqualTo(Advice.CONTINUE);
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
        assertThat(ResponderAnalyser.analyse(afterSessions(3), catalogue.find("NRS").orElseThrow(), List.of(), rules.timePointsAtGoal()).advice())
                .isEqualTo(Advice.NOT_ENOUGH_DATA);
    }

    private org.prolotrack.outcome.InstrumentJudgement judge(String code, String scale, double... scores) {
        var sheets = java.util.Arrays.stream(scores).mapToObj(v -> java.util.Map.of(scale, BigDecimal.valueOf(v))).toList();
        return ResponderAnalyser.judge(catalogue.find(code).orElseThrow(), sheets, true);
    }

    @Test
    void odiResponderForNonOperativeLowBackPainIsThirtyPercentOrTenPoints() {
        // Ostelo 2008 consensus (non-operative low back pain): ~30% or ~10 points from baseline
        var j = judge("ODI", "index", 40, 30); // 10 points, (30 - 40) / 40 = -25%: reached by the 10 points
        assertThat(j.change()).isEqualByComparingTo("-10");
        assertThat(j.percentChange()).isEqualByComparingTo("-25");
        assertThat(j.improved()).isTrue();
        assertThat(j.reached()).isTrue();
        assertThat(j.thresholdSource()).contains("Ostelo");
        assertThat(j.thresholdCertainty()).isEqualTo("V-2°");
        assertThat(j.knowledgeVersion()).contains("odi.json@");
        // 50 → 41: 9 points and 18%: the surgical 18% (Mannion 2005) would call it a response, Ostelo does not
        assertThat(judge("ODI", "index", 50, 41).reached()).isFalse();
        // 20 → 14: 6 points but 30%: reached by the percentage
        assertThat(judge("ODI", "index", 20, 14).reached()).isTrue();
        // 80 → 70: 10 points, 12.5%: reached by the points
        assertThat(judge("ODI", "index", 80, 70).reached()).isTrue();
    }

    @Test
    void anOdiFallOfFifteenPercentDoesNotReachTheThreshold() {
        assertThat(judge("ODI", "index", 40, 34).reached()).isFalse(); // 6 points, 6 / 40 = 15%
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
                List.of(BigDecimal.valueOf(30), BigDecimal.valueOf(35)), rules.timePointsAtGoal());
        assertThat(r.advice()).isEqualTo(Advice.REVIEW_WORSENING);
        assertThat(r.thresholdMet()).isNull();
    }

    @Test
    void aWomacWithoutAThresholdNeverSuggestsStoppingAsANonResponder() {
        var r = ResponderAnalyser.analyse(afterSessions(4), catalogue.find("WOMAC").orElseThrow(),
                List.of(BigDecimal.valueOf(30), BigDecimal.valueOf(29)), rules.timePointsAtGoal());
        assertThat(r.advice()).isEqualTo(Advice.CONTINUE);
    }

    @Test
    void lowerIsBetterOnEveryInstrumentThatComparesWithABaseline() {
        for (var code : List.of("NRS", "VAS", "WOMAC", "ODI", "QUICKDASH")) {
            assertThat(catalogue.find(code).orElseThrow().lowerIsBetter()).as(code).isTrue();
        }
    }
}
