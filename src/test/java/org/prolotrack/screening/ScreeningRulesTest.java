package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prolotrack.screening.TestPatient.patient;
import static org.prolotrack.screening.TestPatient.withKneeOa;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.prolotrack.screening.TestPatient.Courses;

/** Each rule: a patient it fires for and one it does not. Expected results are worked out from the clinical reference. */
class ScreeningRulesTest {

    private static Finding only(ScreeningOutcome o, String rule) {
        var found = o.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as("findings of " + rule + " in " + o.findings()).hasSize(1);
        return found.getFirst();
    }

    @Nested
    class Indication {
        @Test
        void kneeOsteoarthritisIsAnIndicationWithItsSortGrade() {
            var o = withKneeOa("a").screen(Courses.at("knee", Laterality.LEFT));
            assertThat(o.indications()).extracting(IndicationMatch::indicationId).containsExactly("knee-osteoarthritis");
            assertThat(o.indications().getFirst().evidenceGrade()).contains("SORT B");
            assertThat(o.verdict()).isEqualTo(Verdict.ELIGIBLE);
        }

        @Test
        void achillesTendinitisCountsOnceAsItsMostSpecificIndication() {
            var o = patient("d").condition("ICD10CM", "M76.61", "Achilles tendinitis, right leg").screen();
            assertThat(o.indications()).extracting(IndicationMatch::indicationId).containsExactly("achilles-tendinopathy");
        }

        @Test
        void hypertensionAloneIsNotAnIndication() {
            var o = patient("b").condition("ICD10CM", "I10", "Essential hypertension").screen();
            assertThat(o.verdict()).isEqualTo(Verdict.NOT_INDICATED);
            assertThat(only(o, "INDICATION").fact()).isEqualTo("no indicated condition on the active problem list");
        }

        @Test
        void kneeOsteoarthritisDoesNotIndicateAShoulderInjection() {
            var o = withKneeOa("c").screen(Courses.at("shoulder", Laterality.RIGHT));
            assertThat(o.verdict()).isEqualTo(Verdict.NOT_INDICATED);
        }
    }

    @Nested
    class LocalInfection {
        @Test
        void abscessOfTheLeftKneeContraindicatesALeftKneeInjection() {
            var o = withKneeOa("a").condition("ICD10CM", "L02.416", "Cutaneous abscess of left lower limb", "left knee",
                    Laterality.LEFT, true).screen(Courses.at("knee", Laterality.LEFT));
            assertThat(only(o, "LOCAL_INFECTION_AT_SITE").severity()).isEqualTo(Severity.ABSOLUTE);
            assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        }

        @Test
        void abscessOfTheLeftKneeOnlyCautionsARightKneeInjection() {
            var o = withKneeOa("b").condition("ICD10CM", "L02.416", "Cutaneous abscess of left lower limb", "left knee",
                    Laterality.LEFT, true).screen(Courses.at("knee", Laterality.RIGHT));
            assertThat(o.fired("LOCAL_INFECTION_AT_SITE")).isFalse();
            assertThat(only(o, "LOCAL_INFECTION_ELSEWHERE").severity()).isEqualTo(Severity.RELATIVE);
            assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
        }

        @Test
        void aResolvedAbscessDoesNotCount() {
            var o = withKneeOa("c").condition("ICD10CM", "L02.416", "Abscess of knee", "left knee", Laterality.LEFT, false)
                    .screen(Courses.at("knee", Laterality.LEFT));
            assertThat(o.fired("LOCAL_INFECTION_AT_SITE")).isFalse();
            assertThat(o.fired("LOCAL_INFECTION_ELSEWHERE")).isFalse();
        }
    }

    @Nested
    class AcuteInfection {
        @Test
        void snomedCodedCellulitisIsRecognisedAsCellulitis() {
            var o = withKneeOa("a").condition("SNOMED", "128045006", "Cellulitis (disorder)").screen();
            assertThat(only(o, "ACUTE_INFECTION").severity()).isEqualTo(Severity.ABSOLUTE);
        }

        @Test
        void septicArthritisByIcdCodeContraindicates() {
            var o = withKneeOa("b").condition("ICD10CM", "M00.061", "Staphylococcal arthritis, right knee").screen();
            assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        }

        @Test
        void aResolvedCellulitisDoesNotCount() {
            var o = withKneeOa("c").resolvedCondition("SNOMED", "128045006", "Cellulitis").screen();
            assertThat(o.fired("ACUTE_INFECTION")).isFalse();
        }
    }

    @Nested
    class BleedingDisorder {
        @Test
        void hemophiliaContraindicates() {
            var o = withKneeOa("a").condition("ICD10CM", "D66", "Hereditary factor VIII deficiency").screen();
            assertThat(only(o, "BLEEDING_DISORDER").severity()).isEqualTo(Severity.ABSOLUTE);
        }

        @Test
        void aControlledBleedingDisorderIsACaution() {
            var o = withKneeOa("b").condition("ICD10CM", "D68.0", "Von Willebrand disease, well controlled").screen();
            assertThat(only(o, "BLEEDING_DISORDER").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void thrombophiliaIsNotABleedingDisorder() {
            var o = withKneeOa("c").condition("ICD10CM", "D68.51", "Activated protein C resistance").screen();
            assertThat(o.fired("BLEEDING_DISORDER")).isFalse();
        }
    }

    @Nested
    class Anticoagulant {
        @Test
        void aWarfarinFiveMilligramTabletCodedAsAProductIsRecognisedAsWarfarin() {
            var o = withKneeOa("a").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen();
            var f = only(o, "ANTICOAGULANT_THERAPY");
            assertThat(f.fact()).isEqualTo("warfarin sodium 5 MG Oral Tablet, active since 2025-03-02");
            assertThat(f.explanation()).contains("recognised as warfarin");
            assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        }

        @Test
        void aBrandNameWithoutACodeIsRecognised() {
            var o = withKneeOa("b").medication(null, "Eliquis 5 mg twice daily").screen();
            assertThat(only(o, "ANTICOAGULANT_THERAPY").explanation()).contains("apixaban");
        }

        @Test
        void aStoppedAnticoagulantDoesNotCount() {
            var o = withKneeOa("c").stoppedMedication("855332", "warfarin sodium 5 MG Oral Tablet").screen();
            assertThat(o.fired("ANTICOAGULANT_THERAPY")).isFalse();
        }
    }

    @Nested
    class Antiplatelet {
        @Test
        void clopidogrelSeventyFiveMilligramIsACaution() {
            var o = withKneeOa("a").medication("309362", "clopidogrel 75 MG Oral Tablet").screen();
            assertThat(only(o, "ANTIPLATELET_THERAPY").severity()).isEqualTo(Severity.RELATIVE);
            assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
        }

        @Test
        void acetaminophenIsNotAnAntiplatelet() {
            var o = withKneeOa("b").medication("313782", "Acetaminophen 325 MG Oral Tablet").screen();
            assertThat(o.findings()).extracting(Finding::ruleId).containsOnly("INDICATION");
        }
    }

    @Nested
    class AgentAllergy {
        @Test
        void anAllergyToXylocaineBlocksALidocainePlan() {
            var o = withKneeOa("a").allergy("Xylocaine").screen(Courses.at("knee", Laterality.LEFT, "dextrose", "lidocaine"));
            assertThat(only(o, "AGENT_ALLERGY").severity()).isEqualTo(Severity.ABSOLUTE);
        }

        @Test
        void anAllergyToAmideLocalAnestheticsBlocksALidocainePlan() {
            var o = withKneeOa("b").allergy("Amide local anesthetics").screen(Courses.at("knee", null, "lidocaine"));
            assertThat(only(o, "AGENT_ALLERGY").severity()).isEqualTo(Severity.ABSOLUTE);
        }

        @Test
        void anAllergyCodedAsRxnormLidocaineBlocksTheDefaultFormulation() {
            var o = withKneeOa("c").allergy("RXNORM", "6387", "lidocaine").screen();
            assertThat(o.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        }

        @Test
        void anAllergyToProcaineDoesNotBlockALidocaineOnlyPlan() {
            var o = withKneeOa("d").allergy("Procaine").screen(Courses.at("knee", null, "dextrose", "lidocaine"));
            assertThat(o.fired("AGENT_ALLERGY")).isFalse();
        }

        @Test
        void anAllergyToEsterAnestheticsDoesNotBlockLidocaine() {
            var o = withKneeOa("e").allergy("ester local anesthetic").screen(Courses.at("knee", null, "lidocaine"));
            assertThat(o.fired("AGENT_ALLERGY")).isFalse();
        }

        @Test
        void anAllergyToBupivacaineIsACautionForLidocaine() {
            var o = withKneeOa("f").allergy("bupivacaine").screen(Courses.at("knee", null, "lidocaine"));
            assertThat(only(o, "AGENT_ALLERGY").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void aSulfiteAllergyBlocksProcaine() {
            var o = withKneeOa("g").allergy("Sodium metabisulfite").screen(Courses.at("knee", null, "dextrose", "procaine"));
            assertThat(only(o, "AGENT_ALLERGY").explanation()).contains("Acetone sodium bisulfite");
        }

        @Test
        void aFishAllergyBlocksSodiumMorrhuateButNotDextrose() {
            var patient = withKneeOa("h").allergy("Fish");
            assertThat(patient.screen(Courses.at("knee", null, "sodium-morrhuate")).fired("AGENT_ALLERGY")).isTrue();
            assertThat(patient.screen(Courses.at("knee", null, "dextrose")).fired("AGENT_ALLERGY")).isFalse();
        }

        @Test
        void anInactiveAllergyDoesNotCount() {
            var o = withKneeOa("i").inactiveAllergy("lidocaine").screen();
            assertThat(o.fired("AGENT_ALLERGY")).isFalse();
        }

        @Test
        void aCodeineAllergyIsNotAFishAllergy() {
            var o = withKneeOa("j").allergy("Codeine").screen(Courses.at("knee", null, "sodium-morrhuate"));
            assertThat(o.fired("AGENT_ALLERGY")).isFalse();
        }
    }

    @Nested
    class AgentCaution {
        @Test
        void procaineWithASulfonamideIsACaution() {
            var o = withKneeOa("a").medication(null, "Sulfamethoxazole 800 MG / Trimethoprim 160 MG Oral Tablet")
                    .screen(Courses.at("knee", null, "dextrose", "procaine"));
            assertThat(only(o, "AGENT_CAUTION").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void lidocaineWithASulfonamideIsNoCaution() {
            var o = withKneeOa("b").medication(null, "Bactrim DS").screen(Courses.at("knee", null, "lidocaine"));
            assertThat(o.fired("AGENT_CAUTION")).isFalse();
        }
    }

    @Nested
    class RelativeConditions {
        @Test
        void anAcuteGoutFlareIsACaution() {
            var o = withKneeOa("a").condition("ICD10CM", "M10.071", "Idiopathic gout, right ankle and foot").screen();
            assertThat(only(o, "ACUTE_GOUT_FLARE").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void chronicGoutIsNotAFlare() {
            var o = withKneeOa("b").condition("ICD10CM", "M1A.071", "Idiopathic chronic gout, right ankle").screen();
            assertThat(o.fired("ACUTE_GOUT_FLARE")).isFalse();
        }

        @Test
        void anInitialEncounterFractureIsACaution() {
            var o = withKneeOa("c").condition("ICD10CM", "S82.101A", "Fracture of upper end of right tibia, initial").screen();
            assertThat(only(o, "ACUTE_FRACTURE").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void aFractureAtASubsequentEncounterIsNotAcute() {
            var o = withKneeOa("d").condition("ICD10CM", "S82.101D", "Fracture of upper end of right tibia, subsequent").screen();
            assertThat(o.fired("ACUTE_FRACTURE")).isFalse();
        }

        @Test
        void typeTwoDiabetesIsACaseSpecificCaution() {
            var o = withKneeOa("e").condition("SNOMED", "44054006", "Diabetes mellitus type 2").screen();
            assertThat(only(o, "DIABETES").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void prediabetesIsNotDiabetes() {
            var o = withKneeOa("f").condition("TEXT", null, "Prediabetes").screen();
            assertThat(o.fired("DIABETES")).isFalse();
        }

        @Test
        void pregnancyIsACaution() {
            var o = withKneeOa("g").condition("SNOMED", "72892002", "Normal pregnancy").screen();
            assertThat(only(o, "PREGNANCY").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void aNonPregnancyEntryDoesNotFire() {
            var o = withKneeOa("h").condition("TEXT", null, "Not pregnant, contraception counselling").screen();
            assertThat(o.fired("PREGNANCY")).isFalse();
        }

        @Test
        void metastaticCancerIsACaution() {
            var o = withKneeOa("i").condition("ICD10CM", "C79.51", "Secondary malignant neoplasm of bone").screen();
            assertThat(only(o, "MALIGNANCY").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void aBenignNeoplasmIsNotMalignancy() {
            var o = withKneeOa("j").condition("ICD10CM", "D17.1", "Benign lipomatous neoplasm of skin of trunk").screen();
            assertThat(o.fired("MALIGNANCY")).isFalse();
        }
    }

    @Nested
    class Medicines {
        @Test
        void oralPrednisoneIsACaution() {
            var o = withKneeOa("a").medication(null, "predniSONE 5 MG Oral Tablet").screen();
            assertThat(only(o, "SYSTEMIC_CORTICOSTEROID").severity()).isEqualTo(Severity.RELATIVE);
        }

        @Test
        void hydrocortisoneCreamIsNotSystemic() {
            var o = withKneeOa("b").medication(null, "Hydrocortisone 1% topical cream").screen();
            assertThat(o.fired("SYSTEMIC_CORTICOSTEROID")).isFalse();
        }

        @Test
        void naproxenGivesStopAdviceOnly() {
            var o = withKneeOa("c").medication("849574", "Naproxen sodium 220 MG Oral Tablet").screen();
            assertThat(only(o, "NSAID_USE").severity()).isEqualTo(Severity.INFO);
            assertThat(o.verdict()).isEqualTo(Verdict.ELIGIBLE);
        }

        @Test
        void noNsaidNoAdvice() {
            assertThat(withKneeOa("d").screen().fired("NSAID_USE")).isFalse();
        }
    }

    @Nested
    class MissingFacts {
        @Test
        void noWeightWithAnAnestheticPlannedIsAMissingFact() {
            var o = withKneeOa("a").noWeight().screen();
            assertThat(only(o, "WEIGHT_FOR_ANESTHETIC").severity()).isEqualTo(Severity.MISSING_FACT);
            assertThat(o.verdict()).isEqualTo(Verdict.CAUTION);
        }

        @Test
        void noWeightWithoutAnAnestheticIsFine() {
            var o = withKneeOa("b").noWeight().screen(Courses.at("knee", null, "dextrose", "saline"));
            assertThat(o.fired("WEIGHT_FOR_ANESTHETIC")).isFalse();
        }

        @Test
        void noConservativeCareDocumentedIsAMissingFact() {
            var o = withKneeOa("c").noConservativeCare().screen();
            assertThat(only(o, "CONSERVATIVE_CARE_FAILED").fact()).isEqualTo("no conservative care documented");
        }

        @Test
        void conservativeCareThatHelpedIsNotAFailure() {
            var o = withKneeOa("d").careThatHelped().screen();
            assertThat(only(o, "CONSERVATIVE_CARE_FAILED").fact()).contains("physical therapy 6 weeks (helped)");
        }

        @Test
        void failedPhysicalTherapySatisfiesThePrerequisite() {
            assertThat(withKneeOa("e").screen().fired("CONSERVATIVE_CARE_FAILED")).isFalse();
        }
    }
}
