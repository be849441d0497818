package org.prolotrack.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.prolotrack.formulation.SyringeTarget.Anesthetic;
import org.prolotrack.formulation.SyringeTarget.Dextrose;

class FormulationCalculatorTests {

    private final FormulationCalculator calculator = FormulationKnowledgeFixture.calculator();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static BigDecimal volumeOf(Syringe s, String role) {
        return s.components().stream().filter(c -> c.role().equals(role)).findFirst().orElseThrow().volumeMl();
    }

    @Test
    void threeMillilitresOfD50InTenMakeFifteenPercent() {
        // 10 mL × 15 / 50 = 3 mL D50; 10 − 3 = 7 mL saline (clinical-reference §1.1)
        var s = calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("15")), null, "normal-saline"));
        assertThat(volumeOf(s, "DEXTROSE")).isEqualByComparingTo("3.0");
        assertThat(volumeOf(s, "DILUENT")).isEqualByComparingTo("7.0");
        assertThat(s.finalDextrosePercent()).isEqualByComparingTo("15");
        assertThat(s.anestheticMg()).isEqualByComparingTo("0");
        // (3 × 2530 + 7 × 308) / 10 = (7590 + 2156) / 10 = 974.6 mOsm/L
        assertThat(s.osmolarityMosmPerL()).isEqualByComparingTo("974.6");
    }

    @Test
    void theIssueExampleAddsTwoMillilitresOfLidocaineOnePercentForTwentyMilligrams() {
        // dextrose 10 × 15 / 50 = 3 mL; lidocaine 10 × 0.2 / 1 = 2 mL = 20 mg (1% = 10 mg/mL); saline 5 mL
        var s = calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("15")),
                new Anesthetic("lidocaine", d("1"), d("0.2")), "normal-saline"));
        assertThat(volumeOf(s, "DEXTROSE")).isEqualByComparingTo("3.0");
        assertThat(volumeOf(s, "ANESTHETIC")).isEqualByComparingTo("2.0");
        assertThat(volumeOf(s, "DILUENT")).isEqualByComparingTo("5.0");
        assertThat(s.anestheticMg()).isEqualByComparingTo("20");
        assertThat(s.finalAnestheticPercent()).isEqualByComparingTo("0.2");
        // lidocaine has no verified osmolarity: (3 × 2530 + 5 × 308) / 10 = 913.0, and the basis says so
        assertThat(s.osmolarityMosmPerL()).isEqualByComparingTo("913.0");
        assertThat(s.osmolarityBasis()).contains("leaves out").contains("Lidocaine 1%");
    }

    @Test
    void halfAndHalfMakesTheRabagoIntraArticularTwentyFivePercent() {
        var s = calculator.calculate(new SyringeTarget(d("6"), new Dextrose(d("50"), d("25")), null, "sterile-water"));
        assertThat(volumeOf(s, "DEXTROSE")).isEqualByComparingTo("3.0");
        assertThat(volumeOf(s, "DILUENT")).isEqualByComparingTo("3.0");
        assertThat(s.finalDextrosePercent()).isEqualByComparingTo("25");
        // 3 × 2530 / 6 = 1265.0 (water adds nothing)
        assertThat(s.osmolarityMosmPerL()).isEqualByComparingTo("1265.0");
    }

    @Test
    void theBangladeshTrialMixIsTwentyPercentDextroseWithPointFourPercentLignocaine() {
        // 7 mL: D50 7 × 20 / 50 = 2.8 mL; lidocaine 2%: 7 × 0.4 / 2 = 1.4 mL = 28 mg; diluent 2.8 mL
        var s = calculator.calculate(new SyringeTarget(d("7"), new Dextrose(d("50"), d("20")),
                new Anesthetic("lidocaine", d("2"), d("0.4")), "normal-saline"));
        assertThat(volumeOf(s, "DEXTROSE")).isEqualByComparingTo("2.8");
        assertThat(volumeOf(s, "ANESTHETIC")).isEqualByComparingTo("1.4");
        assertThat(volumeOf(s, "DILUENT")).isEqualByComparingTo("2.8");
        assertThat(s.anestheticMg()).isEqualByComparingTo("28");
    }

    @Test
    void roundingGoesToTheDiluentAndTheFinalConcentrationIsRecomputed() {
        // 3 mL of 12.5%: 3 × 12.5 / 50 = 0.75 mL → 0.8 mL; saline 2.2 mL; 50 × 0.8 / 3 = 13.333%
        var s = calculator.calculate(new SyringeTarget(d("3"), new Dextrose(d("50"), d("12.5")), null, "normal-saline"));
        assertThat(volumeOf(s, "DEXTROSE")).isEqualByComparingTo("0.8");
        assertThat(volumeOf(s, "DILUENT")).isEqualByComparingTo("2.2");
        assertThat(s.finalDextrosePercent()).isEqualByComparingTo("13.333");
    }

    @Test
    void aFinalConcentrationAboveTheStockIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("60")), null,
                "normal-saline"))).isInstanceOf(ImpossibleFormulation.class)
                .hasMessageContaining("60% cannot be made from a 50% stock");
    }

    @Test
    void stocksThatTogetherExceedTheVolumeAreRefused() {
        // 45% dextrose needs 9 mL of D50 and 1.5% lidocaine from 2% needs 7.5 mL: 16.5 mL > 10 mL
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("45")),
                new Anesthetic("lidocaine", d("2"), d("1.5")), "normal-saline")))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("more than the final volume");
    }

    @Test
    void negativeOrZeroTargetsAreRefused() {
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("-1"), new Dextrose(d("50"), d("15")), null, null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("more than 0 mL");
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("-5")), null, null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("0% or more");
    }

    @Test
    void aStockThatIsNotOnFileIsRefusedNamingTheOnesThatAre() {
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("70"), d("15")), null, null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("dextrose 50%");
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), null,
                new Anesthetic("bupivacaine", d("0.5"), d("0.1")), null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("No bupivacaine 0.5% stock");
    }

    @Test
    void anAmountTooSmallToDrawUpIsRefused() {
        // 1 mL of 0.02% lidocaine from 1%: 0.02 mL — below 0.1 mL
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("1"), null,
                new Anesthetic("lidocaine", d("1"), d("0.02")), null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("under 0.1 mL");
    }

    @Test
    void aVolumeFinerThanATenthOfAMillilitreIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10.25"), new Dextrose(d("50"), d("15")), null, null)))
                .isInstanceOf(ImpossibleFormulation.class).hasMessageContaining("0.1 mL");
    }

    @Test
    void intraArticularDextroseAbove25PercentIsWarned() {
        // 10 mL: 27.5% needs 10 × 27.5 / 50 = 5.5 mL of D50; the highest intra-articular concentration in the trial
        // protocols read is 25% (Rabago 2013, clinical-reference §1.1)
        var over = calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("27.5")), null,
                "normal-saline"), "INTRA_ARTICULAR");
        assertThat(over.finalDextrosePercent()).isEqualByComparingTo("27.5");
        assertThat(over.warnings()).singleElement().asString().contains("27.5").contains("25").contains("Rabago");
        // exactly 25% (5 mL of D50 in 10) is not warned, and outside a joint 27.5% is not warned by this rule
        assertThat(calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("25")), null,
                "normal-saline"), "INTRA_ARTICULAR").warnings()).isEmpty();
        assertThat(calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("27.5")), null,
                "normal-saline"), "EXTRA_ARTICULAR").warnings()).isEmpty();
    }

    @Test
    void perineuralDextroseAbove5PercentIsWarned() {
        // 10 mL of 10%: 2 mL D50 + 8 mL; neural prolotherapy is low-dose 5% dextrose (Aetna CPB 0207)
        var over = calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("10")), null,
                "sterile-water"), "PERINEURAL");
        assertThat(over.warnings()).singleElement().asString().contains("10").contains("5%").contains("Aetna");
        // 5%: 1 mL of D50 in 10 mL, at the threshold, not above it
        assertThat(calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("5")), null,
                "sterile-water"), "PERINEURAL").warnings()).isEmpty();
    }

    @Test
    void anUnknownRouteIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> calculator.calculate(new SyringeTarget(d("10"), new Dextrose(d("50"), d("15")), null,
                "normal-saline"), "INTRAVENOUS")).isInstanceOf(ImpossibleFormulation.class)
                .hasMessageContaining("INTRA_ARTICULAR").hasMessageContaining("PERINEURAL");
    }

    @Test
    void p2gStockCarriesDextroseGlycerinAndPhenolPercentages() {
        // classic Ongley P2G: dextrose 25%, glycerin 25%, phenol 2.5%; diluted 1:1: 12.5 / 12.5 / 1.25%
        // (clinical-reference "Added after the clinical review", Hauser 2016 review, V-2°)
        var classic = calculator.stocks().stream().filter(s -> s.id().equals("p2g")).findFirst().orElseThrow();
        assertThat(classic.ingredients()).extracting(Stock.Ingredient::name, i -> i.percent().stripTrailingZeros())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dextrose", d("25")),
                        org.assertj.core.groups.Tuple.tuple("glycerin", d("25")),
                        org.assertj.core.groups.Tuple.tuple("phenol", d("2.5")));
        assertThat(classic.certainty()).isEqualTo("V-2°");
        var diluted = calculator.stocks().stream().filter(s -> s.id().equals("p2g-diluted")).findFirst().orElseThrow();
        assertThat(diluted.ingredients()).extracting(i -> i.percent().stripTrailingZeros())
                .containsExactly(d("12.5"), d("12.5"), d("1.25"));
        assertThat(classic.ingredients()).allSatisfy(i -> assertThat(i.source()).isNotBlank());
    }
}
