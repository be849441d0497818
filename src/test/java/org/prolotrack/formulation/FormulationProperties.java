package org.prolotrack.formulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.prolotrack.formulation.SyringeTarget.Anesthetic;
import org.prolotrack.formulation.SyringeTarget.Dextrose;

/** Properties over many seeded random targets (a fixed seed, so a failure can be replayed). */
class FormulationProperties {

    private final FormulationCalculator calculator = FormulationKnowledgeFixture.calculator();

    @Test
    void componentVolumesAlwaysAddUpToTheFinalVolumeAndConcentrationsRoundTrip() {
        var random = new Random(20260522L);
        int mixed = 0;
        for (int i = 0; i < 20_000; i++) {
            var volume = BigDecimal.valueOf(1 + random.nextInt(600), 1); // 0.1 .. 60.0 mL
            var dextrose = BigDecimal.valueOf(random.nextInt(301), 1); // 0 .. 30.0 %
            var lidoStock = random.nextBoolean() ? BigDecimal.ONE : BigDecimal.TWO;
            var lido = BigDecimal.valueOf(random.nextInt(6), 1); // 0 .. 0.5 %
            var target = new SyringeTarget(volume, new Dextrose(new BigDecimal("50"), dextrose),
                    lido.signum() == 0 ? null : new Anesthetic("lidocaine", lidoStock, lido),
                    random.nextBoolean() ? "normal-saline" : "sterile-water");
            Syringe s;
            try {
                s = calculator.calculate(target);
            } catch (ImpossibleFormulation refused) {
                continue; // too little to draw up, or more stock than volume: refused with a message
            }
            mixed++;
            var sum = s.components().stream().map(Syringe.Component::volumeMl).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("components of %s", target).isEqualByComparingTo(volume);
            assertThat(s.components()).allSatisfy(c -> {
                assertThat(c.volumeMl().signum()).isNotNegative();
                assertThat(c.volumeMl().scale()).isLessThanOrEqualTo(1);
            });
            // round trip: the final % is within half a tenth of a mL of stock of the target
            var tolerance = new BigDecimal("50").multiply(new BigDecimal("0.05")).divide(volume, 6, RoundingMode.HALF_UP)
                    .add(new BigDecimal("0.001"));
            assertThat(s.finalDextrosePercent().subtract(dextrose).abs()).as("dextrose of %s", target)
                    .isLessThanOrEqualTo(tolerance);
            // and back: stock mL = final % × volume ÷ stock %
            var dextroseMl = s.components().getFirst().volumeMl();
            assertThat(s.finalDextrosePercent().multiply(volume).divide(new BigDecimal("50"), 1, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(dextroseMl);
        }
        assertThat(mixed).isGreaterThan(10_000);
    }
}
