package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.outcome.UnknownInstrumentException;

/** Every expected value below was worked by hand from the instrument's scoring rule (shown in the comment). */
class InstrumentScoringTests {

    private final InstrumentCatalogue instruments = new InstrumentCatalogue(org.prolotrack.knowledge.KnowledgeBase.fromClasspath());

    private static List<Integer> answers(Integer... values) {
        return Arrays.asList(values);
    }

    private static List<Integer> repeat(int value, int times) {
        return new ArrayList<>(Collections.nCopies(times, value));
    }

    private static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theCatalogueHoldsTheSevenInstrumentsWithTheirKnowledgeVersion() {
        assertThat(instruments.all()).extracting(i -> i.code())
                .containsExactlyInAnyOrder("NRS", "VAS", "WOMAC", "ODI", "QUICKDASH", "PGIC", "WORKING");
        assertThat(instruments.find("womac").orElseThrow().knowledgeVersion())
                .endsWith(":outcome/instruments/womac.json@2026.1");
        assertThat(instruments.find("WOMAC").orElseThrow().items()).hasSize(24);
        assertThat(instruments.find("NRS").orElseThrow().loinc().code()).isEqualTo("72514-3");
    }

    @Test
    void aNumericPainRatingIsItsOwnScoreAndAnUnansweredOneHasNone() {
        assertThat(instruments.score("NRS", answers(7)).scores()).containsEntry("pain", dec("7"));
        var none = instruments.score("NRS", answers((Integer) null));
        assertThat(none.anyScore()).isFalse();
        assertThat(none.unscored()).containsKey("pain");
    }

    @Test
    void aVisualAnalogueMarkOutsideTheLineIsRefused() {
        assertThat(instruments.score("VAS", answers(55)).scores()).containsEntry("pain", dec("55"));
        assertThatThrownBy(() -> instruments.score("VAS", answers(101))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void womacSubscalesTotalAndNormalisedFormFromACompleteForm() {
        // pain 2+3+1+2+2 = 10; stiffness 1+2 = 3; function 2+3+15x1 = 20; total 33; 33/96x100 = 34.375 -> 34.4
        var a = new ArrayList<>(answers(2, 3, 1, 2, 2, 1, 2, 2, 3));
        a.addAll(repeat(1, 15));
        var sheet = instruments.score("WOMAC", a);
        assertThat(sheet.scores()).containsEntry("pain", dec("10")).containsEntry("stiffness", dec("3"))
                .containsEntry("function", dec("20")).containsEntry("total", dec("33"))
                .containsEntry("total_normalised", dec("34.4"));
        assertThat(sheet.unscored()).isEmpty();
    }

    @Test
    void womacFunctionWithOneToThreeMissingItemsTakesTheMeanOfTheAnsweredOnes() {
        // function: 15 ones and one 4 answered (sum 19, mean 19/16 = 1.1875), one missing -> 20.1875 -> 20.2
        // pain 5x1 = 5, stiffness 0; total 25.1875 -> 25.2; 25.1875/96x100 = 26.237 -> 26.2
        var a = new ArrayList<>(answers(1, 1, 1, 1, 1, 0, 0, 4, null));
        a.addAll(repeat(1, 15));
        var sheet = instruments.score("WOMAC", a);
        assertThat(sheet.scores()).containsEntry("function", dec("20.2")).containsEntry("total", dec("25.2"))
                .containsEntry("total_normalised", dec("26.2"));
    }

    @Test
    void womacFunctionWithFourMissingItemsHasNoScoreAndNeitherHasTheTotal() {
        var a = new ArrayList<>(answers(1, 1, 1, 1, 1, 0, 0));
        a.addAll(repeat(2, 13));
        a.addAll(answers(null, null, null, null));
        var sheet = instruments.score("WOMAC", a);
        assertThat(sheet.scores()).containsEntry("pain", dec("5")).containsEntry("stiffness", dec("0"))
                .doesNotContainKeys("function", "total", "total_normalised");
        assertThat(sheet.unscored().get("function")).contains("4 of 17");
        assertThat(sheet.unscored()).containsKeys("total", "total_normalised");
    }

    @Test
    void womacFunctionWithThreeMissingItemsIsStillScored() {
        // 14 answered items of 2: sum 28, mean 2, plus 3 x 2 -> 34
        var a = new ArrayList<>(answers(1, 1, 1, 1, 1, 0, 0));
        a.addAll(repeat(2, 14));
        a.addAll(answers(null, null, null));
        assertThat(instruments.score("WOMAC", a).scores()).containsEntry("function", dec("34"));
    }

    @Test
    void womacPainWithTwoMissingItemsAndStiffnessWithOneHaveNoScore() {
        var a = new ArrayList<>(answers(2, null, null, 2, 2, 1, null));
        a.addAll(repeat(1, 17));
        var sheet = instruments.score("WOMAC", a);
        assertThat(sheet.unscored()).containsKeys("pain", "stiffness", "total");
        assertThat(sheet.scores()).containsEntry("function", dec("17"));
    }

    @Test
    void oswestryIndexIsThePercentOfTheMaximumOfTheSectionsAnswered() {
        // 1+2+3+1+2+2+1+1+2+1 = 16 of 50 -> 32%
        assertThat(instruments.score("ODI", answers(1, 2, 3, 1, 2, 2, 1, 1, 2, 1)).scores())
                .containsEntry("index", dec("32"));
        // one section missed: 16 of 45 -> 35.56% -> 35.6 (the manual's own example, 16/45)
        assertThat(instruments.score("ODI", answers(1, 2, 3, 1, 2, 2, 1, null, 3, 1)).scores())
                .containsEntry("index", dec("35.6"));
    }

    @Test
    void oswestryWithTwoSectionsMissedHasNoScore() {
        var sheet = instruments.score("ODI", answers(1, 2, 3, 1, 2, 2, 1, null, null, 1));
        assertThat(sheet.anyScore()).isFalse();
        assertThat(sheet.unscored().get("index")).contains("2 of 10");
    }

    @Test
    void quickDashIsTheMeanMinusOneTimesTwentyFive() {
        // sum 29 over 11: (29/11 - 1) x 25 = 40.909 -> 40.9
        assertThat(instruments.score("QUICKDASH", answers(3, 3, 2, 4, 1, 3, 2, 3, 3, 2, 3)).scores())
                .containsEntry("disability", dec("40.9"));
        // one missing: sum 26 over 10: (2.6 - 1) x 25 = 40
        assertThat(instruments.score("QUICKDASH", answers(3, 3, 2, 4, 1, 3, 2, 3, 3, 2, null)).scores())
                .containsEntry("disability", dec("40"));
        assertThat(instruments.score("QUICKDASH", repeat(1, 11)).scores()).containsEntry("disability", dec("0"));
        assertThat(instruments.score("QUICKDASH", repeat(5, 11)).scores()).containsEntry("disability", dec("100"));
    }

    @Test
    void quickDashNeedsAtLeastTenAnsweredItems() {
        assertThat(instruments.score("QUICKDASH", answers(3, 3, 2, 4, 1, 3, 2, 3, 3, null, null)).anyScore()).isFalse();
    }

    @Test
    void patientGlobalImpressionOfChangeTakesOneToSeven() {
        assertThat(instruments.score("PGIC", answers(2)).scores()).containsEntry("change", dec("2"));
        assertThatThrownBy(() -> instruments.score("PGIC", answers(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIsItWorkingCheckInReportsEachSignOnItsOwn() {
        var sheet = instruments.score("WORKING", answers(3, 2, null, 1, 2));
        assertThat(sheet.scores()).containsEntry("medication_doses", dec("3")).containsEntry("activity", dec("2"))
                .containsEntry("muscle_spasms", dec("1")).containsEntry("mood", dec("2"));
        assertThat(sheet.unscored()).containsOnlyKeys("joint_noises");
    }

    @Test
    void theWrongNumberOfAnswersOrAnUnknownInstrumentIsRefused() {
        assertThatThrownBy(() -> instruments.score("ODI", answers(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 items");
        assertThatThrownBy(() -> instruments.score("KOOS", answers(1))).isInstanceOf(UnknownInstrumentException.class);
    }
}
