package org.prolotrack.formulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.formulation.SyringeTarget.Anesthetic;
import org.prolotrack.formulation.SyringeTarget.Dextrose;

class SessionCheckTests {

    private final FormulationCalculator calculator = FormulationKnowledgeFixture.calculator();
    private final SessionCheck check = FormulationKnowledgeFixture.sessionCheck();

    /** A syringe with {@code lidocaineMl} of lidocaine 1% (10 mg/mL) made up to {@code volume} mL. */
    private Syringe lidocaine(String volume, String finalPercent) {
        return calculator.calculate(new SyringeTarget(new BigDecimal(volume), new Dextrose(new BigDecimal("50"),
                new BigDecimal("15")), new Anesthetic("lidocaine", BigDecimal.ONE, new BigDecimal(finalPercent)),
                "normal-saline"));
    }

    @Test
    void seventyKilogramsAreCappedAtThreeHundredMilligramsNotThreeHundredFifteen() {
        // 4.5 × 70 = 315 mg, above the 300 mg ceiling → cap 300 mg.
        // Three 50 mL syringes at 0.2% = 10 mL of 1% = 100 mg each: 300 mg, exactly at the cap.
        var atCap = check.check(new BigDecimal("70"), List.of(lidocaine("50", "0.2"), lidocaine("50", "0.2"),
                lidocaine("50", "0.2")));
        assertThat(atCap.capMg()).isEqualByComparingTo("300");
        assertThat(atCap.totals().getFirst().mg()).isEqualByComparingTo("300");
        assertThat(atCap.ok()).isTrue();

        // one more mL of 1% (a 10 mL syringe at 0.1% = 1 mL = 10 mg) → 310 mg, over
        var over = check.check(new BigDecimal("70"), List.of(lidocaine("50", "0.2"), lidocaine("50", "0.2"),
                lidocaine("50", "0.2"), lidocaine("10", "0.1")));
        assertThat(over.ok()).isFalse();
        assertThat(over.violations()).singleElement().asString().contains("310").contains("300");
    }

    @Test
    void sixtyKilogramsAreCappedAtTwoHundredSeventyMilligrams() {
        // 4.5 × 60 = 270 mg (below 300). 27 mL of 1% = 270 mg is allowed; 28 mL = 280 mg is not.
        var at = check.check(new BigDecimal("60"), List.of(lidocaine("50", "0.2"), lidocaine("50", "0.2"),
                lidocaine("35", "0.2")));
        // 10 + 10 + 7 mL of 1% = 27 mL = 270 mg
        assertThat(at.totals().getFirst().mg()).isEqualByComparingTo("270");
        assertThat(at.capMg()).isEqualByComparingTo("270");
        assertThat(at.ok()).isTrue();

        var over = check.check(new BigDecimal("60"), List.of(lidocaine("50", "0.2"), lidocaine("50", "0.2"),
                lidocaine("40", "0.2")));
        // 10 + 10 + 8 = 28 mL = 280 mg
        assertThat(over.ok()).isFalse();
    }

    @Test
    void anUnknownWeightBlocksAnAnestheticButNotPlainDextrose() {
        var withLidocaine = check.check(null, List.of(lidocaine("10", "0.2")));
        assertThat(withLidocaine.ok()).isFalse();
        assertThat(withLidocaine.violations()).singleElement().asString().contains("weight is unknown");

        var dextroseOnly = check.check(null, List.of(calculator.calculate(new SyringeTarget(BigDecimal.TEN,
                new Dextrose(new BigDecimal("50"), new BigDecimal("15")), null, "normal-saline"))));
        assertThat(dextroseOnly.ok()).isTrue();
    }

    @Test
    void procaineIsCappedByItsLabelTotalAndWarnedAboveTheLowerEnd() {
        // procaine 2%: 50 mL × 0.8% / 2% = 20 mL = 400 mg: above 350 (warning), below 600 (allowed)
        var s = calculator.calculate(new SyringeTarget(new BigDecimal("50"), null,
                new Anesthetic("procaine", new BigDecimal("2"), new BigDecimal("0.8")), "normal-saline"));
        var r = check.check(new BigDecimal("80"), List.of(s));
        assertThat(r.totals().getFirst().mg()).isEqualByComparingTo("400");
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).singleElement().asString().contains("350");
    }

    @Test
    void twoAgentsTogetherMayNotExceedTheirCombinedCaps() {
        // lidocaine 200 mg of a 300 mg cap (67%) + procaine 400 mg of 600 mg (67%) = 133% → violation
        var lido = lidocaine("100", "0.2"); // 20 mL of 1% = 200 mg
        var procaine = calculator.calculate(new SyringeTarget(new BigDecimal("50"), null,
                new Anesthetic("procaine", new BigDecimal("2"), new BigDecimal("0.8")), "normal-saline"));
        var r = check.check(new BigDecimal("80"), List.of(lido, procaine));
        assertThat(r.ok()).isFalse();
        assertThat(r.violations()).singleElement().asString().contains("additive");
    }

    @Test
    void procaineHasAWeightBasedCapAndTheLabelMaximum() {
        // procaine ~7 mg/kg (UNVERIFIED, clinical-reference "Added after the clinical review") combined with the
        // Novocain label's 600 mg single total for infiltration [V]: cap = min(7 × weight, 600).
        // 50 kg: 7 × 50 = 350 mg. 2% procaine, 50 mL at 0.76% = 19 mL = 380 mg: over 350 though under 600.
        var procaine380 = calculator.calculate(new SyringeTarget(new BigDecimal("50"), null,
                new Anesthetic("procaine", new BigDecimal("2"), new BigDecimal("0.76")), "normal-saline"));
        assertThat(procaine380.anestheticMg()).isEqualByComparingTo("380");
        var light = check.check(new BigDecimal("50"), List.of(procaine380));
        assertThat(light.capMg()).isEqualByComparingTo("350");
        assertThat(light.ok()).isFalse();
        assertThat(light.violations()).singleElement().asString().contains("380").contains("350").contains("UNVERIFIED");

        // 100 kg: 7 × 100 = 700 mg, above the label's 600 mg → cap 600; 380 mg is allowed (warned above 350).
        var heavy = check.check(new BigDecimal("100"), List.of(procaine380));
        assertThat(heavy.capMg()).isEqualByComparingTo("600");
        assertThat(heavy.ok()).isTrue();

        // and without a weight, procaine can no longer be checked at all
        assertThat(check.check(null, List.of(procaine380)).violations()).singleElement().asString()
                .contains("weight is unknown");
    }
}
