package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prolotrack.screening.TestPatient.patient;
import static org.prolotrack.screening.TestPatient.withKneeOa;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;
import org.prolotrack.screening.TestPatient.Courses;

/**
 * The contraindications and cautions issue #12 (point 5) found missing. Anticoagulant tiers follow Narouze 2018
 * (ASRA/ESRA interventional pain guideline): peripheral joint and musculoskeletal injections are low bleeding risk,
 * spinal and deep procedures higher.
 */
class MissingContraindicationsTest {

    private static final PlannedCourse LEFT_KNEE = Courses.at("knee", Laterality.LEFT);

    private static List<Finding> of(ScreeningOutcome o, String rule) {
        return o.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void warfarinAtAPeripheralJointIsACautionNotAContraindication() {
        var o = withKneeOa("m1").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen(LEFT_KNEE);
        assertThat(of(o, "ANTICOAGULANT_THERAPY")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.RELATIVE);
            assertThat(f.explanation()).contains("low bleeding risk").contains("INR");
        });
        assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void warfarinAtALumbarFacetIsAContraindication() {
        var o = patient("m2").condition("SNOMED", "278860009", "Chronic low back pain").medication("855332",
                "warfarin sodium 5 MG Oral Tablet").screen(Courses.at("lumbar", null));
        assertThat(of(o, "ANTICOAGULANT_THERAPY")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ABSOLUTE);
        assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
    }

    @Test
    void anAnticoagulantWithAKneeAndALumbarSitePlannedIsAContraindication() {
        var course = new PlannedCourse(List.of(new PlannedCourse.Site("knee", Laterality.LEFT),
                new PlannedCourse.Site("lumbar", null)), List.of());
        var o = withKneeOa("m3").medication(null, "Eliquis 5 mg twice daily").screen(course);
        assertThat(of(o, "ANTICOAGULANT_THERAPY")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ABSOLUTE);
    }

    @Test
    void anAnticoagulantBeforeASiteIsChosenIsAContraindication() {
        var o = withKneeOa("m4").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen();
        assertThat(of(o, "ANTICOAGULANT_THERAPY")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ABSOLUTE);
    }

    @Test
    void prostheticKneeContraindicatesAnIntraArticularKneeInjection() {
        var o = withKneeOa("m5").condition("ICD10CM", "Z96.652", "Presence of left artificial knee joint", "knee",
                Laterality.LEFT, true).screen(LEFT_KNEE);
        assertThat(of(o, "PROSTHETIC_JOINT_AT_SITE")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ABSOLUTE);
            assertThat(f.explanation()).contains("intra-articular");
        });
        assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
    }

    @Test
    void aProstheticRightKneeDoesNotBlockALeftKneeInjection() {
        var o = withKneeOa("m6").condition("ICD10CM", "Z96.651", "Presence of right artificial knee joint", "knee",
                Laterality.RIGHT, true).screen(LEFT_KNEE);
        assertThat(o.fired("PROSTHETIC_JOINT_AT_SITE")).isFalse();
        assertThat(o.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void methotrexateIsAnInfectionCaution() {
        var o = withKneeOa("m7").medication(null, "Methotrexate 2.5 MG Oral Tablet").screen(LEFT_KNEE);
        assertThat(of(o, "IMMUNOSUPPRESSION")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.RELATIVE);
            assertThat(f.explanation()).contains("infection");
        });
        assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void ongoingChemotherapyIsAnInfectionCaution() {
        var o = withKneeOa("m8").condition("TEXT", null, "Receiving chemotherapy for breast cancer").screen(LEFT_KNEE);
        assertThat(of(o, "IMMUNOSUPPRESSION")).singleElement().extracting(Finding::severity).isEqualTo(Severity.RELATIVE);
    }

    @Test
    void feverOnTheDayContraindicates() {
        var o = withKneeOa("m9").condition("ICD10CM", "R50.9", "Fever, unspecified").screen(LEFT_KNEE);
        assertThat(of(o, "FEVER")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ABSOLUTE);
        assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
    }

    @Test
    void hayFeverIsNotAFever() {
        var o = withKneeOa("m10").condition("TEXT", null, "Hay fever").screen(LEFT_KNEE);
        assertThat(o.fired("FEVER")).isFalse();
    }

    @Test
    void aSteroidInjectionIntoTheSameKneeLastWeekIsACaution() {
        var o = withKneeOa("m11").facts(f -> f.add(new MedicationFact(List.of(),
                "triamcinolone acetonide 40 MG/ML Injectable Suspension, left knee intra-articular", false,
                TestPatient.TODAY.minusDays(7)))).screen(LEFT_KNEE);
        assertThat(of(o, "RECENT_STEROID_INJECTION_AT_SITE")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.RELATIVE);
        assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void aSteroidInjectionIntoTheOtherKneeOrLongAgoIsNoCaution() {
        var otherKnee = withKneeOa("m12").facts(f -> f.add(new MedicationFact(List.of(),
                "Kenalog-40 injection, right knee", false, TestPatient.TODAY.minusDays(7)))).screen(LEFT_KNEE);
        assertThat(otherKnee.fired("RECENT_STEROID_INJECTION_AT_SITE")).isFalse();
        var longAgo = withKneeOa("m13").facts(f -> f.add(new MedicationFact(List.of(),
                "Kenalog-40 injection, left knee", false, TestPatient.TODAY.minusDays(120)))).screen(LEFT_KNEE);
        assertThat(longAgo.fired("RECENT_STEROID_INJECTION_AT_SITE")).isFalse();
    }

    @Test
    void nightPainIsARedFlagThatWithholdsTheIndicationUntilWorkedUp() {
        var o = patient("m14").condition("SNOMED", "278860009", "Chronic low back pain")
                .condition("TEXT", null, "Persistent night pain, unrelieved by position").screen(Courses.at("lumbar", null));
        assertThat(of(o, "RED_FLAG_SERIOUS_PATHOLOGY")).singleElement().extracting(Finding::explanation).asString()
                .contains("worked up");
        assertThat(o.verdict()).isEqualTo(Verdict.NOT_INDICATED);
    }

    @Test
    void unexplainedWeightLossAndSaddleAnaesthesiaAreRedFlags() {
        var weight = withKneeOa("m15").condition("ICD10CM", "R63.4", "Abnormal weight loss").screen(LEFT_KNEE);
        assertThat(weight.verdict()).isEqualTo(Verdict.NOT_INDICATED);
        var saddle = patient("m16").condition("SNOMED", "278860009", "Chronic low back pain")
                .condition("TEXT", null, "Saddle anaesthesia").screen(Courses.at("lumbar", null));
        assertThat(saddle.fired("RED_FLAG_SERIOUS_PATHOLOGY")).isTrue();
        assertThat(saddle.verdict()).isEqualTo(Verdict.NOT_INDICATED);
    }

    @Test
    void weightLossAdvisedForObesityIsNotARedFlag() {
        var o = withKneeOa("m21").condition("TEXT", null, "Obesity, weight loss advised").screen(LEFT_KNEE);
        assertThat(o.fired("RED_FLAG_SERIOUS_PATHOLOGY")).isFalse();
    }

    @Test
    void familialMediterraneanFeverIsNotAFeverOnTheDay() {
        var o = withKneeOa("m22").condition("TEXT", null, "Familial Mediterranean fever").screen(LEFT_KNEE);
        assertThat(o.fired("FEVER")).isFalse();
    }

    @Test
    void radicularPainIsACaution() {
        var o = patient("m17").condition("SNOMED", "278860009", "Chronic low back pain")
                .condition("ICD10CM", "M54.16", "Radiculopathy, lumbar region").screen(Courses.at("lumbar", null));
        assertThat(of(o, "RADICULAR_PAIN_OR_STENOSIS")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.RELATIVE);
        assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void spinalStenosisIsACaution() {
        var o = patient("m18").condition("SNOMED", "278860009", "Chronic low back pain")
                .condition("TEXT", null, "Lumbar spinal stenosis").screen(Courses.at("lumbar", null));
        assertThat(o.fired("RADICULAR_PAIN_OR_STENOSIS")).isTrue();
    }

    @Test
    void theDiabetesCautionIsAboutInfectionAndHealingNotSugar() {
        var o = withKneeOa("m19").condition("SNOMED", "44054006", "Diabetes mellitus type 2").screen(LEFT_KNEE);
        assertThat(of(o, "DIABETES")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.RELATIVE);
            assertThat(f.explanation()).contains("infection").contains("healing").contains("HbA1c")
                    .doesNotContain("is a sugar");
        });
    }

    @Test
    void newKnowledgeEntriesCarryTheirSources() {
        var o = withKneeOa("m20").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen(LEFT_KNEE);
        assertThat(of(o, "ANTICOAGULANT_THERAPY")).singleElement().extracting(Finding::source).asString()
                .contains("Narouze");
    }
}
