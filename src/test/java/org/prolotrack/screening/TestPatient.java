package org.prolotrack.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.CareFact;
import org.prolotrack.screening.ScreeningFacts.CareOutcome;
import org.prolotrack.screening.ScreeningFacts.Code;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;

/**
 * Builds synthetic patients for screening tests. By default a patient weighs 80 kg and has physical therapy
 * documented as not helping, so only what a test adds changes the verdict.
 */
final class TestPatient {

    static final ScreeningEngine ENGINE = new ScreeningEngine(KnowledgeBase.fromClasspath());
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private final String name;
    private BigDecimal weight = new BigDecimal("80");
    private final List<ConditionFact> conditions = new ArrayList<>();
    private final List<MedicationFact> medications = new ArrayList<>();
    private final List<AllergyFact> allergies = new ArrayList<>();
    private final List<CareFact> care = new ArrayList<>(List.of(
            new CareFact("PHYSICAL_THERAPY", "physical therapy 8 weeks", CareOutcome.NOT_HELPED)));

    private TestPatient(String name) {
        this.name = name;
    }

    static TestPatient patient(String name) {
        return new TestPatient(name);
    }

    static TestPatient withKneeOa(String name) {
        return patient(name).condition("SNOMED", "239873007", "Osteoarthritis of knee");
    }

    TestPatient condition(String system, String code, String display) {
        return condition(system, code, display, null, null, true);
    }

    TestPatient condition(String system, String code, String display, String bodySite, Laterality side, boolean active) {
        var codes = code == null ? List.<Code>of() : List.of(Code.of(system, code));
        conditions.add(new ConditionFact(codes, display, bodySite, side, active, TODAY.minusMonths(3)));
        return this;
    }

    TestPatient resolvedCondition(String system, String code, String display) {
        return condition(system, code, display, null, null, false);
    }

    TestPatient medication(String code, String display) {
        var codes = code == null ? List.<Code>of() : List.of(Code.of("RXNORM", code));
        medications.add(new MedicationFact(codes, display, true, LocalDate.of(2025, 3, 2)));
        return this;
    }

    TestPatient stoppedMedication(String code, String display) {
        var codes = code == null ? List.<Code>of() : List.of(Code.of("RXNORM", code));
        medications.add(new MedicationFact(codes, display, false, LocalDate.of(2024, 1, 10)));
        return this;
    }

    TestPatient allergy(String substance) {
        allergies.add(new AllergyFact(List.of(), substance, true));
        return this;
    }

    TestPatient allergy(String system, String code, String substance) {
        allergies.add(new AllergyFact(List.of(Code.of(system, code)), substance, true));
        return this;
    }

    TestPatient inactiveAllergy(String substance) {
        allergies.add(new AllergyFact(List.of(), substance, false));
        return this;
    }

    TestPatient noWeight() {
        weight = null;
        return this;
    }

    TestPatient noConservativeCare() {
        care.clear();
        return this;
    }

    TestPatient careThatHelped() {
        care.clear();
        care.add(new CareFact("PHYSICAL_THERAPY", "physical therapy 6 weeks", CareOutcome.HELPED));
        return this;
    }

    /** Adds a medication fact as the test writes it (a one-off injection with its own date and status). */
    TestPatient facts(java.util.function.Consumer<List<MedicationFact>> addMedication) {
        addMedication.accept(medications);
        return this;
    }

    ScreeningFacts facts() {
        return new ScreeningFacts(name, TODAY, weight, conditions, medications, allergies, care);
    }

    ScreeningOutcome screen(PlannedCourse course) {
        return ENGINE.evaluate(facts(), course);
    }

    ScreeningOutcome screen() {
        return screen(Courses.anySiteDefault());
    }

    /** Planned courses used by the tests. */
    static final class Courses {
        private Courses() {
        }

        static PlannedCourse anySiteDefault() {
            return new PlannedCourse(List.of(), List.of());
        }

        static PlannedCourse at(String region, Laterality side, String... agents) {
            return new PlannedCourse(List.of(new PlannedCourse.Site(region, side)), List.of(agents));
        }
    }
}
