package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CollectionScheduleTests {

    private final ScheduleRules rules = new ScheduleRules(org.prolotrack.knowledge.KnowledgeBase.fromClasspath());

    private static org.prolotrack.plan.TreatmentPlanView kneePlan() {
        // 3 sessions, 21-42 days apart (TestTreatmentPlans.plan)
        return PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M17.11", "Primary osteoarthritis, right knee",
                3, 0, null);
    }

    @Test
    void aKneeSeriesStartsWithABaselineOfPainWomacAndTheIsItWorkingCheckIn() {
        var baseline = rules.atActivation(kneePlan(), LocalDate.of(2026, 3, 2));
        assertThat(baseline).singleElement().satisfies(p -> {
            assertThat(p.timepoint()).isEqualTo("BASELINE");
            assertThat(p.instruments()).containsExactly("NRS", "WOMAC", "WORKING");
            assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(p.overdueAfter()).isEqualTo(LocalDate.of(2026, 3, 16)); // 14-day window
        });
    }

    @Test
    void afterASessionTheNextQuestionnaireIsDueWhenTheNextSessionMayFirstTakePlace() {
        // session 1 on 9 March; next session 21-42 days later: due 30 March, overdue after 20 April
        var next = rules.afterSession(kneePlan(), 1, LocalDate.of(2026, 3, 9));
        assertThat(next).singleElement().satisfies(p -> {
            assertThat(p.timepoint()).isEqualTo("PRE_SESSION_2");
            assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
            assertThat(p.overdueAfter()).isEqualTo(LocalDate.of(2026, 4, 20));
        });
    }

    @Test
    void afterTheLastSessionComeTwoWeeksThreeSixAndTwelveMonthsWithTheGlobalImpressionOfChange() {
        var followUps = rules.afterSession(kneePlan(), 3, LocalDate.of(2026, 5, 4));
        assertThat(followUps).extracting(ScheduleRules.Planned::timepoint).containsExactly("POST_2W", "M3", "M6", "M12");
        assertThat(followUps).extracting(ScheduleRules.Planned::dueOn).containsExactly(LocalDate.of(2026, 5, 18),
                LocalDate.of(2026, 8, 4), LocalDate.of(2026, 11, 4), LocalDate.of(2027, 5, 4));
        assertThat(followUps.getFirst().overdueAfter()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(followUps.getFirst().instruments()).containsExactly("NRS", "WOMAC", "WORKING", "PGIC");
    }

    @Test
    void lowBackPainIsFollowedWithTheOswestryIndexAndAnUnknownIndicationWithPainAlone() {
        var back = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M54.50", "Low back pain", 4, 0, null);
        assertThat(rules.instrumentsFor(back)).containsExactly("NRS", "ODI", "WORKING");
        var other = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M79.7", "Fibromyalgia", 4, 0, null);
        assertThat(rules.instrumentsFor(other)).containsExactly("NRS", "WORKING");
        var elbow = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M77.11", "Lateral epicondylitis, right elbow", 4, 0, null);
        assertThat(rules.instrumentsFor(elbow)).containsExactly("NRS", "QUICKDASH", "WORKING");
    }

    @Test
    void eachIndicationFamilyNamesItsPrimaryInstrumentsInKnowledgeAndNrsIsTheDefault() {
        var knee = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M17.11", "Knee OA", 4, 0, null);
        var back = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M54.50", "Low back pain", 4, 0, null);
        var elbow = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M77.11", "Lateral epicondylitis", 4, 0, null);
        var other = PlanFixtures.plan(UUID.randomUUID(), UUID.randomUUID(), "M79.7", "Fibromyalgia", 4, 0, null);
        assertThat(rules.primaryInstrumentsFor(knee)).containsExactly("WOMAC", "NRS");
        assertThat(rules.primaryInstrumentsFor(back)).containsExactly("ODI", "NRS");
        assertThat(rules.primaryInstrumentsFor(elbow)).containsExactly("QUICKDASH", "NRS");
        assertThat(rules.primaryInstrumentsFor(other)).containsExactly("NRS");
    }
}
