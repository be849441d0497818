package org.prolotrack.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.prolotrack.formulation.AnestheticLimit;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.ImpossibleFormulation;
import org.prolotrack.formulation.SessionCheck;
import org.prolotrack.formulation.Stock;
import org.prolotrack.formulation.Syringe;
import org.prolotrack.formulation.SyringeTarget;
import org.prolotrack.knowledge.KnowledgeBase;

/**
 * Mixes 1,000,000 seeded random syringe targets (0.1-60 mL, 0-30% dextrose from D50, 0-0.5% lidocaine from 1% or
 * 2%) on one thread and prints syringes per second, then checks 100,000 sessions of 1-40 syringes against the
 * weight cap and prints sessions per second. Run:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.prolotrack.bench.FormulationBench -Dexec.classpathScope=test}
 */
public final class FormulationBench {

    private FormulationBench() {
    }

    public static void main(String[] args) {
        var kb = KnowledgeBase.fromClasspath();
        var calculator = new FormulationCalculator(kb.file("formulation/stocks.json").list("stocks", Stock.class),
                kb.version().value());
        var check = new SessionCheck(kb.file("formulation/anesthetic-limits.json").list("limits", AnestheticLimit.class),
                true, kb.version().value());
        var random = new Random(42);
        var targets = new ArrayList<SyringeTarget>();
        for (int i = 0; i < 1_000_000; i++) {
            var lido = BigDecimal.valueOf(random.nextInt(6), 1);
            targets.add(new SyringeTarget(BigDecimal.valueOf(1 + random.nextInt(600), 1),
                    new SyringeTarget.Dextrose(new BigDecimal("50"), BigDecimal.valueOf(random.nextInt(301), 1)),
                    lido.signum() == 0 ? null : new SyringeTarget.Anesthetic("lidocaine",
                            random.nextBoolean() ? BigDecimal.ONE : BigDecimal.TWO, lido), "normal-saline"));
        }
        // warm-up
        mix(calculator, targets.subList(0, 100_000));
        long start = System.nanoTime();
        var mixed = mix(calculator, targets);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("calculate: %,d targets (%,d mixed, %,d refused) in %.2f s = %,.0f syringes/s%n",
                targets.size(), mixed.size(), targets.size() - mixed.size(), seconds, targets.size() / seconds);

        var sessions = new ArrayList<List<Syringe>>();
        for (int i = 0; i < 100_000; i++) {
            int n = 1 + random.nextInt(40);
            var session = new ArrayList<Syringe>(n);
            for (int j = 0; j < n; j++) {
                session.add(mixed.get(random.nextInt(mixed.size())));
            }
            sessions.add(session);
        }
        start = System.nanoTime();
        int blocked = 0;
        for (var s : sessions) {
            if (!check.check(BigDecimal.valueOf(40 + random.nextInt(80)), s).ok()) {
                blocked++;
            }
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("session-check: %,d sessions of 1-40 syringes (%,d over the cap) in %.2f s = %,.0f sessions/s%n",
                sessions.size(), blocked, seconds, sessions.size() / seconds);
    }

    private static List<Syringe> mix(FormulationCalculator calculator, List<SyringeTarget> targets) {
        var out = new ArrayList<Syringe>(targets.size());
        for (var t : targets) {
            try {
                out.add(calculator.calculate(t));
            } catch (ImpossibleFormulation refused) {
                // counted as refused
            }
        }
        return out;
    }
}
