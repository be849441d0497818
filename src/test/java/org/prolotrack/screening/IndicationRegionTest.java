package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prolotrack.screening.TestPatient.patient;

import org.junit.jupiter.api.Test;
import org.prolotrack.screening.TestPatient.Courses;

/**
 * Indications match only their region, and indications without trial evidence say so (issue #12, point 4). The
 * trial evidence is clinical-reference §6: none of its trials is in fibromyalgia, degenerative disc disease, TFCC
 * tears, osteonecrosis or peripheral joint instability.
 */
class IndicationRegionTest {

    @Test
    void fibromyalgiaDoesNotMakeAKneeInjectionEligible() {
        var o = patient("r1").condition("SNOMED", "203082005", "Fibromyalgia").screen(Courses.at("knee", Laterality.LEFT));
        assertThat(o.indications()).isEmpty();
        assertThat(o.verdict()).isEqualTo(Verdict.NOT_INDICATED);
    }

    @Test
    void aTendinopathyWithoutABodySiteDoesNotIndicateAKneeInjection() {
        var o = patient("r2").condition("TEXT", null, "Tendinopathy").screen(Courses.at("knee", Laterality.LEFT));
        assertThat(o.verdict()).isEqualTo(Verdict.NOT_INDICATED);
    }

    @Test
    void aTendinopathyRecordedAtTheLeftKneeIndicatesALeftKneeInjection() {
        var o = patient("r3").condition("TEXT", null, "Patellar tendinopathy", "knee", Laterality.LEFT, true)
                .screen(Courses.at("knee", Laterality.LEFT));
        assertThat(o.indications()).extracting(IndicationMatch::indicationId).containsExactly("tendinopathy");
        assertThat(o.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void fibromyalgiaReadsInvestigationalWithoutTrialEvidence() {
        var o = patient("r4").condition("SNOMED", "203082005", "Fibromyalgia").screen();
        assertThat(o.indications()).singleElement().extracting(IndicationMatch::evidenceGrade).asString()
                .startsWith("Investigational — no trial evidence");
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("INDICATION")).singleElement()
                .extracting(Finding::explanation).asString().contains("investigational — no trial evidence")
                .doesNotContain("may be considered");
    }

    @Test
    void everyIndicationWithoutTrialEvidenceReadsInvestigational() {
        var cases = new String[][] {
                {"ICD10CM", "M51.360", "Other intervertebral disc degeneration, lumbar region with discogenic back pain only", "lumbar"},
                {"TEXT", null, "TFCC tear, left wrist", "wrist"},
                {"TEXT", null, "Recurrent ankle instability of left ankle", "ankle"}};
        for (var c : cases) {
            var o = patient("r5").condition(c[0], c[1], c[2], null, Laterality.LEFT, true)
                    .screen(Courses.at(c[3], Laterality.LEFT));
            assertThat(o.indications()).as(c[2]).singleElement().extracting(IndicationMatch::evidenceGrade).asString()
                    .startsWith("Investigational — no trial evidence");
        }
    }

    @Test
    void kneeOsteoarthritisKeepsItsSortGrade() {
        var o = patient("r6").condition("ICD10CM", "M17.12", "Unilateral primary osteoarthritis, left knee")
                .screen(Courses.at("knee", Laterality.LEFT));
        assertThat(o.indications()).singleElement().extracting(IndicationMatch::evidenceGrade).asString().contains("SORT B");
    }

    @Test
    void osteonecrosisNeedsOrthopaedicStagingFirst() {
        var o = patient("r7").condition("ICD10CM", "M87.051", "Idiopathic aseptic necrosis of right femur", "right hip",
                Laterality.RIGHT, true).screen(Courses.at("hip", Laterality.RIGHT));
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("OSTEONECROSIS_STAGING")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.RELATIVE);
                    assertThat(f.explanation()).contains("orthopaedic").contains("staging");
                });
        assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
    }
}
