package org.prolotrack.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningEngine;
import org.prolotrack.screening.ScreeningFacts;
import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.CareFact;
import org.prolotrack.screening.ScreeningFacts.CareOutcome;
import org.prolotrack.screening.ScreeningFacts.Code;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;
import org.prolotrack.screening.Verdict;

/**
 * Screens 100,000 in-memory synthetic patients on one thread and prints patients per second. Patients draw 1-6
 * conditions, 0-6 medications and 0-2 allergies from pools of coded and text-only entries (Synthea-like SNOMED and
 * RxNorm product codes, ICD-10-CM, free text), mostly active, some resolved or stopped.
 */
public final class ScreeningBench {

    private static final String[][] CONDITIONS = {
            {"SNOMED", "239873007", "Osteoarthritis of knee"}, {"SNOMED", "278860009", "Chronic low back pain"},
            {"SNOMED", "203082005", "Fibromyalgia"}, {"ICD10CM", "M17.12", "Unilateral primary osteoarthritis, left knee"},
            {"ICD10CM", "M77.11", "Lateral epicondylitis, right elbow"}, {"SNOMED", "59621000", "Essential hypertension"},
            {"SNOMED", "44054006", "Diabetes mellitus type 2"}, {"SNOMED", "128045006", "Cellulitis"},
            {"ICD10CM", "D66", "Hereditary factor VIII deficiency"}, {"ICD10CM", "M10.061", "Idiopathic gout, right knee"},
            {"TEXT", null, "Hyperlipidemia"}, {"TEXT", null, "Abscess, upper back"}, {"SNOMED", "15777000", "Prediabetes"},
            {"ICD10CM", "J45.909", "Asthma, uncomplicated"}, {"TEXT", null, "OA of the knee (osteoarthritis of knee)"}};
    private static final String[][] MEDICATIONS = {
            {"855332", "warfarin sodium 5 MG Oral Tablet"}, {"309362", "clopidogrel 75 MG Oral Tablet"},
            {"1364445", "apixaban 5 MG Oral Tablet"}, {"314076", "lisinopril 10 MG Oral Tablet"},
            {"860975", "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet"},
            {"849574", "Naproxen sodium 220 MG Oral Tablet"}, {null, "Eliquis 5 mg"}, {null, "Atorvastatin 20 mg"},
            {"313782", "Acetaminophen 325 MG Oral Tablet"}, {null, "predniSONE 5 MG Oral Tablet"},
            {"243670", "aspirin 81 MG Oral Tablet"}, {null, "Levothyroxine 50 mcg"}};
    private static final String[] ALLERGIES = {"Penicillin", "Lidocaine", "Shellfish", "Latex", "Sulfa drugs",
            "Procaine", "Peanuts"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        var engine = new ScreeningEngine(KnowledgeBase.fromClasspath());
        var patients = generate(n, new Random(20260520));
        var course = new PlannedCourse(List.of(new PlannedCourse.Site("knee", Laterality.LEFT)), List.of());

        for (int round = 0; round < 3; round++) { // warm-up: JIT and lookup caches
            for (var p : patients) {
                engine.evaluate(p, course);
            }
        }
        var verdicts = new EnumMap<Verdict, Integer>(Verdict.class);
        long start = System.nanoTime();
        for (var p : patients) {
            verdicts.merge(engine.evaluate(p, course).verdict(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Screened %,d in-memory patients in %.3f s on one thread: %,.0f patients/second%n",
                n, seconds, n / seconds);
        System.out.println("Verdicts: " + verdicts);
        System.out.println("Knowledge " + engine.knowledgeVersion() + "; Java " + Runtime.version()
                + "; available processors " + Runtime.getRuntime().availableProcessors());
    }

    static List<ScreeningFacts> generate(int n, Random rnd) {
        var today = LocalDate.of(2026, 5, 20);
        var out = new ArrayList<ScreeningFacts>(n);
        for (int i = 0; i < n; i++) {
            var conditions = new ArrayList<ConditionFact>();
            for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
                var c = CONDITIONS[rnd.nextInt(CONDITIONS.length)];
                conditions.add(new ConditionFact(c[1] == null ? List.of() : List.of(Code.of(c[0], c[1])), c[2],
                        rnd.nextInt(4) == 0 ? "left knee" : null, null, rnd.nextInt(10) > 0, today.minusDays(rnd.nextInt(3000))));
            }
            var meds = new ArrayList<MedicationFact>();
            for (int k = rnd.nextInt(7); k > 0; k--) {
                var m = MEDICATIONS[rnd.nextInt(MEDICATIONS.length)];
                meds.add(new MedicationFact(m[0] == null ? List.of() : List.of(Code.of("RXNORM", m[0])), m[1],
                        rnd.nextInt(8) > 0, today.minusDays(rnd.nextInt(2000))));
            }
            var allergies = new ArrayList<AllergyFact>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                allergies.add(new AllergyFact(List.of(), ALLERGIES[rnd.nextInt(ALLERGIES.length)], true));
            }
            var care = rnd.nextInt(5) == 0 ? List.<CareFact>of()
                    : List.of(new CareFact("PHYSICAL_THERAPY", "physical therapy", CareOutcome.values()[rnd.nextInt(4)]));
            out.add(new ScreeningFacts("bench-" + i, today, rnd.nextInt(6) == 0 ? null : BigDecimal.valueOf(50 + rnd.nextInt(60)),
                    conditions, meds, allergies, care));
        }
        return out;
    }
}
