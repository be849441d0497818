package org.prolotrack.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void aPackageOfFiveHundredDollarsOverThreeSessionsHandsTheExtraCentToTheFirstSession() {
        // 50000 / 3 = 16666 r 2: the first two sessions carry one extra cent each
        assertThat(new Money(50000, "USD").split(3)).containsExactly(
                new Money(16667, "USD"), new Money(16667, "USD"), new Money(16666, "USD"));
    }

    @Test
    void allocationByWeightGivesTheLeftoverCentsToTheLargestRemainders() {
        // 22500 × 3/7 = 9642.86, × 3/7 = 9642.86, × 1/7 = 3214.29 → floors 22498, 2 cents to the .86 parts
        assertThat(new Money(22500, "USD").allocate(List.of(3L, 3L, 1L))).containsExactly(
                new Money(9643, "USD"), new Money(9643, "USD"), new Money(3214, "USD"));
    }

    @Test
    void aZeroWeightPartGetsNothing() {
        assertThat(new Money(100, "USD").allocate(List.of(0L, 1L))).containsExactly(new Money(0, "USD"), new Money(100, "USD"));
    }

    @Test
    void allocatedPartsAlwaysAddUpToTheWholeAndStayWithinACentOfTheirShare() {
        long seed = 20261122L;
        var random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            long cents = random.nextLong(100_000_001L);
            var weights = new ArrayList<Long>();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                weights.add(1 + random.nextLong(1000));
            }
            var parts = new Money(cents, "USD").allocate(weights);
            var context = "seed " + seed + ", run " + run + ": " + cents + " by " + weights;
            assertThat(parts.stream().mapToLong(Money::minor).sum()).as(context).isEqualTo(cents);
            long total = weights.stream().mapToLong(Long::longValue).sum();
            for (int i = 0; i < parts.size(); i++) {
                double exact = (double) cents * weights.get(i) / total;
                assertThat(Math.abs(parts.get(i).minor() - exact)).as(context).isLessThan(1.0 + 1e-6);
            }
        }
    }

    @Test
    void amountsInDifferentCurrenciesDoNotAdd() {
        assertThatThrownBy(() -> new Money(1, "USD").plus(new Money(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsingRefusesFractionsOfACent() {
        assertThat(Money.parse("180.5", "USD")).isEqualTo(new Money(18050, "USD"));
        assertThatThrownBy(() -> Money.parse("180.505", "USD")).isInstanceOf(IllegalArgumentException.class);
    }
}
