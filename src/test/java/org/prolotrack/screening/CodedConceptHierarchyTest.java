package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prolotrack.screening.TestPatient.withKneeOa;

import org.junit.jupiter.api.Test;

/**
 * Coded concepts match their descendants (issue #12, point 2): a condition coded more specifically than the codes a
 * rule names still fires it. Codes and ranges are those of condition-concepts.json's sources (ICD-10-CM D65-D69 is
 * the chapter block "coagulation defects, purpura and other haemorrhagic conditions").
 */
class CodedConceptHierarchyTest {

    @Test
    void aSpecificHereditaryFactorDeficiencyStillContraindicates() {
        // SNOMED CT 28293008 hereditary factor VIII deficiency disease, a descendant of 64779008 blood coagulation
        // disorder; the display names neither "hemophilia" nor "bleeding disorder", so only the hierarchy finds it.
        var o = withKneeOa("h1").condition("SNOMED", "28293008", "Hereditary factor VIII deficiency disease")
                .screen(TestPatient.Courses.at("knee", Laterality.LEFT));
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("BLEEDING_DISORDER"))
                .extracting(Finding::severity).containsExactly(Severity.ABSOLUTE);
        assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
    }

    @Test
    void aCellulitisOfASpecificSiteCodedWithoutWordsStillContraindicates() {
        // SNOMED CT 312099009 cellulitis of lower limb, listed as a descendant of 128045006 cellulitis; an EHR that
        // sends the code with a bare display must still be recognised.
        var o = withKneeOa("h2").condition("SNOMED", "312099009", "Condition 312099009").screen();
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("ACUTE_INFECTION"))
                .extracting(Finding::severity).containsExactly(Severity.ABSOLUTE);
    }

    @Test
    void everyCategoryOfTheRangeD65ToD69IsABleedingDisorder() {
        for (var code : new String[] {"D65", "D66", "D67", "D68.2", "D69.6"}) {
            var o = withKneeOa("h3-" + code).condition("ICD10CM", code, "coded only").screen();
            assertThat(o.fired("BLEEDING_DISORDER")).as(code).isTrue();
        }
    }

    @Test
    void codesJustOutsideTheRangeD65ToD69AreNot() {
        for (var code : new String[] {"D64.9", "D70.0"}) {
            var o = withKneeOa("h4-" + code).condition("ICD10CM", code, "coded only").screen();
            assertThat(o.fired("BLEEDING_DISORDER")).as(code).isFalse();
        }
    }

    @Test
    void thrombophiliaInsideTheRangeStaysExcluded() {
        var o = withKneeOa("h5").condition("ICD10CM", "D68.59", "Other primary thrombophilia").screen();
        assertThat(o.fired("BLEEDING_DISORDER")).isFalse();
    }

    @Test
    void aBiologicIsRecognisedAsAnImmunosuppressantThroughItsDrugClass() {
        // adalimumab is a TNF inhibitor; the rule names the parent class "immunosuppressant"
        var o = withKneeOa("h6").medication(null, "adalimumab 40 MG/0.4ML Prefilled Syringe [Humira]").screen();
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("IMMUNOSUPPRESSION"))
                .extracting(Finding::explanation).singleElement().asString().contains("adalimumab");
    }
}
