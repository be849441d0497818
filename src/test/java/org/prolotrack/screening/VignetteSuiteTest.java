package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prolotrack.screening.TestPatient.patient;
import static org.prolotrack.screening.TestPatient.withKneeOa;
import static org.prolotrack.screening.Verdict.CAUTION;
import static org.prolotrack.screening.Verdict.CONTRAINDICATED;
import static org.prolotrack.screening.Verdict.ELIGIBLE;
import static org.prolotrack.screening.Verdict.NOT_INDICATED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.prolotrack.screening.TestPatient.Courses;
import org.prolotrack.screening.internal.cdshooks.FhirFacts;

/**
 * Synthetic patients (hand-made edge cases and hand-written Synthea-style FHIR bundles) with the verdict a clinician
 * reading clinical-reference.md would expect. Prints the table; run {@code main} to show it without JUnit.
 */
class VignetteSuiteTest {

    record Vignette(String name, Supplier<ScreeningOutcome> screening, Verdict expected) { }

    static final PlannedCourse LEFT_KNEE = Courses.at("knee", Laterality.LEFT);
    static final PlannedCourse RIGHT_KNEE = Courses.at("knee", Laterality.RIGHT);
    static final PlannedCourse LEFT_KNEE_DEXTROSE_ONLY = Courses.at("knee", Laterality.LEFT, "dextrose", "saline");
    static final PlannedCourse LEFT_KNEE_PROCAINE = Courses.at("knee", Laterality.LEFT, "dextrose", "procaine");

    static List<Vignette> all() {
        var v = new ArrayList<Vignette>();
        v.add(new Vignette("Knee OA (SNOMED), failed PT, 80 kg, left knee", () -> withKneeOa("v1").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Knee OA coded ICD-10-CM M17.12", () -> patient("v2").condition("ICD10CM", "M17.12", "Unilateral primary osteoarthritis, left knee").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Knee OA as free text only", () -> patient("v3").condition("TEXT", null, "OA of the knee (osteoarthritis of knee), bilateral").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Chronic LBP (SNOMED 278860009), lumbar", () -> patient("v4").condition("SNOMED", "278860009", "Chronic low back pain").screen(Courses.at("lumbar", null)), ELIGIBLE));
        v.add(new Vignette("Fibromyalgia, any site", () -> patient("v5").condition("SNOMED", "203082005", "Fibromyalgia").screen(), ELIGIBLE));
        v.add(new Vignette("Lateral epicondylitis, right elbow", () -> patient("v6").condition("ICD10CM", "M77.11", "Lateral epicondylitis, right elbow").screen(Courses.at("elbow", Laterality.RIGHT)), ELIGIBLE));
        v.add(new Vignette("SI joint dysfunction (M53.3), SI joint", () -> patient("v7").condition("ICD10CM", "M53.3", "Sacrococcygeal disorders (SI dysfunction)").screen(Courses.at("sacroiliac", Laterality.LEFT)), ELIGIBLE));
        v.add(new Vignette("Hypertension only: no indication", () -> patient("v8").condition("ICD10CM", "I10", "Essential hypertension").screen(), NOT_INDICATED));
        v.add(new Vignette("Empty problem list", () -> patient("v9").screen(), NOT_INDICATED));
        v.add(new Vignette("Knee OA but shoulder planned", () -> withKneeOa("v10").screen(Courses.at("shoulder", Laterality.LEFT)), NOT_INDICATED));
        v.add(new Vignette("Right knee OA, left knee planned", () -> patient("v11").condition("ICD10CM", "M17.11", "Unilateral primary osteoarthritis, right knee", "knee", Laterality.RIGHT, true).screen(LEFT_KNEE), NOT_INDICATED));
        v.add(new Vignette("Knee OA resolved (inactive entry)", () -> patient("v12").resolvedCondition("SNOMED", "239873007", "Osteoarthritis of knee").screen(LEFT_KNEE), NOT_INDICATED));
        v.add(new Vignette("Warfarin 5 mg SCD 855332, knee (low bleeding risk)", () -> withKneeOa("v13").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Warfarin by text only (no code), knee (low bleeding risk)", () -> withKneeOa("v14").medication(null, "warfarin sodium 5 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Coumadin brand text, knee (low bleeding risk)", () -> withKneeOa("v15").medication(null, "Coumadin 2.5 mg daily").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Apixaban 5 mg SCD 1364445, knee (low bleeding risk)", () -> withKneeOa("v16").medication("1364445", "apixaban 5 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Xarelto 20 mg product 1232086, knee (low bleeding risk)", () -> withKneeOa("v17").medication("1232086", "rivaroxaban 20 MG Oral Tablet [Xarelto]").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Lovenox syringe 854235, knee (low bleeding risk)", () -> withKneeOa("v18").medication("854235", "0.4 ML enoxaparin sodium 100 MG/ML Prefilled Syringe").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Pradaxa text, knee (low bleeding risk)", () -> withKneeOa("v19").medication(null, "Pradaxa 150 mg capsule").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Warfarin stopped last year", () -> withKneeOa("v20").stoppedMedication("855332", "warfarin sodium 5 MG Oral Tablet").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Clopidogrel 75 mg SCD 309362", () -> withKneeOa("v21").medication("309362", "clopidogrel 75 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Brilinta text", () -> withKneeOa("v22").medication(null, "Brilinta 90 mg BID").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Aspirin 81 mg", () -> withKneeOa("v23").medication("243670", "aspirin 81 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Hemophilia A (D66)", () -> withKneeOa("v24").condition("ICD10CM", "D66", "Hereditary factor VIII deficiency").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Von Willebrand, well controlled", () -> withKneeOa("v25").condition("ICD10CM", "D68.0", "Von Willebrand disease, well controlled").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Factor V Leiden (thrombophilia D68.51)", () -> withKneeOa("v26").condition("ICD10CM", "D68.51", "Activated protein C resistance").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Cellulitis SNOMED 128045006, active", () -> withKneeOa("v27").condition("SNOMED", "128045006", "Cellulitis of right lower leg").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Cellulitis resolved", () -> withKneeOa("v28").resolvedCondition("SNOMED", "128045006", "Cellulitis").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Septic arthritis M00.062, left knee", () -> withKneeOa("v29").condition("ICD10CM", "M00.062", "Staphylococcal arthritis, left knee").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Sepsis A41.9", () -> withKneeOa("v30").condition("ICD10CM", "A41.9", "Sepsis, unspecified organism").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Abscess at the left knee, left knee planned", () -> withKneeOa("v31").condition("ICD10CM", "L02.416", "Cutaneous abscess of left lower limb", "left knee", Laterality.LEFT, true).screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Abscess at the left knee, right knee planned", () -> withKneeOa("v32").condition("ICD10CM", "L02.416", "Cutaneous abscess of left lower limb", "left knee", Laterality.LEFT, true).screen(RIGHT_KNEE), CAUTION));
        v.add(new Vignette("Abscess on the back, knee planned", () -> withKneeOa("v33").condition("TEXT", null, "Abscess, upper back", "upper back", null, true).screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Allergy to lidocaine, default formulation", () -> withKneeOa("v34").allergy("Lidocaine").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Allergy to Xylocaine (brand)", () -> withKneeOa("v35").allergy("Xylocaine").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Allergy to lidocaine, dextrose-only plan", () -> withKneeOa("v36").allergy("Lidocaine").screen(LEFT_KNEE_DEXTROSE_ONLY), ELIGIBLE));
        v.add(new Vignette("Allergy to procaine, lidocaine plan", () -> withKneeOa("v37").allergy("Procaine (Novocain)").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Allergy to procaine, procaine plan", () -> withKneeOa("v38").allergy("Procaine (Novocain)").screen(LEFT_KNEE_PROCAINE), CONTRAINDICATED));
        v.add(new Vignette("Sulfite allergy, procaine plan", () -> withKneeOa("v39").allergy("Sulfites").screen(LEFT_KNEE_PROCAINE), CONTRAINDICATED));
        v.add(new Vignette("Penicillin allergy (not in plan)", () -> withKneeOa("v40").allergy("RXNORM", "7980", "Penicillin G").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Lidocaine allergy marked inactive", () -> withKneeOa("v41").inactiveAllergy("Lidocaine").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Acute gout flare (M10.061)", () -> withKneeOa("v42").condition("ICD10CM", "M10.061", "Idiopathic gout, right knee").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Chronic gout (M1A) only", () -> withKneeOa("v43").condition("ICD10CM", "M1A.9XX0", "Chronic gout, unspecified").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Tibial fracture, initial encounter", () -> withKneeOa("v44").condition("ICD10CM", "S82.102A", "Fracture of upper end of left tibia").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Healed fracture, history text", () -> withKneeOa("v45").condition("TEXT", null, "History of fracture of left wrist, healed").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Type 2 diabetes (SNOMED 44054006)", () -> withKneeOa("v46").condition("SNOMED", "44054006", "Diabetes mellitus type 2").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Rheumatoid arthritis (M06.9)", () -> withKneeOa("v47").condition("ICD10CM", "M06.9", "Rheumatoid arthritis, unspecified").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Pregnancy (Z33.1)", () -> withKneeOa("v48").condition("ICD10CM", "Z33.1", "Pregnant state, incidental").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Oral prednisone", () -> withKneeOa("v49").medication(null, "predniSONE 10 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Hydrocortisone cream (topical)", () -> withKneeOa("v50").medication(null, "hydrocortisone 1 % Topical Cream").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Naproxen 220 mg (advice only)", () -> withKneeOa("v51").medication("849574", "Naproxen sodium 220 MG Oral Tablet").screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("No weight, lidocaine planned", () -> withKneeOa("v52").noWeight().screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("No weight, dextrose-only plan", () -> withKneeOa("v53").noWeight().screen(LEFT_KNEE_DEXTROSE_ONLY), ELIGIBLE));
        v.add(new Vignette("No conservative care documented", () -> withKneeOa("v54").noConservativeCare().screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Procaine plan with Bactrim", () -> withKneeOa("v55").medication(null, "Bactrim DS 800-160 tablet").screen(LEFT_KNEE_PROCAINE), CAUTION));
        v.add(new Vignette("Warfarin + cellulitis + lidocaine allergy", () -> withKneeOa("v56").medication("855332", "warfarin sodium 5 MG Oral Tablet").condition("SNOMED", "128045006", "Cellulitis").allergy("lidocaine").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Metastatic cancer with back pain", () -> patient("v57").condition("SNOMED", "278860009", "Chronic low back pain").condition("ICD10CM", "C79.51", "Secondary malignant neoplasm of bone").screen(Courses.at("lumbar", null)), CAUTION));
        v.add(new Vignette("Warfarin, lumbar (spinal: higher bleeding risk)", () -> patient("v63").condition("SNOMED", "278860009", "Chronic low back pain").medication("855332", "warfarin sodium 5 MG Oral Tablet").screen(Courses.at("lumbar", null)), CONTRAINDICATED));
        v.add(new Vignette("Apixaban, SI joint (deep)", () -> patient("v64").condition("ICD10CM", "M53.3", "Sacrococcygeal disorders (SI dysfunction)").medication("1364445", "apixaban 5 MG Oral Tablet").screen(Courses.at("sacroiliac", Laterality.LEFT)), CONTRAINDICATED));
        v.add(new Vignette("Fibromyalgia, left knee planned", () -> patient("v65").condition("SNOMED", "203082005", "Fibromyalgia").screen(LEFT_KNEE), NOT_INDICATED));
        v.add(new Vignette("Hemophilia A by SNOMED 28293008 only", () -> withKneeOa("v66").condition("SNOMED", "28293008", "Hereditary factor VIII deficiency disease").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Prosthetic left knee, left knee planned", () -> withKneeOa("v67").condition("ICD10CM", "Z96.652", "Presence of left artificial knee joint", "knee", Laterality.LEFT, true).screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Prosthetic right knee, left knee planned", () -> withKneeOa("v68").condition("ICD10CM", "Z96.651", "Presence of right artificial knee joint", "knee", Laterality.RIGHT, true).screen(LEFT_KNEE), ELIGIBLE));
        v.add(new Vignette("Methotrexate 2.5 mg", () -> withKneeOa("v69").medication(null, "Methotrexate 2.5 MG Oral Tablet").screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("Fever today (R50.9)", () -> withKneeOa("v70").condition("ICD10CM", "R50.9", "Fever, unspecified").screen(LEFT_KNEE), CONTRAINDICATED));
        v.add(new Vignette("Kenalog into the left knee 7 days ago", () -> withKneeOa("v71").facts(m -> m.add(new ScreeningFacts.MedicationFact(List.of(), "Kenalog-40 injection, left knee", false, TestPatient.TODAY.minusDays(7)))).screen(LEFT_KNEE), CAUTION));
        v.add(new Vignette("LBP with saddle anaesthesia (red flag)", () -> patient("v72").condition("SNOMED", "278860009", "Chronic low back pain").condition("TEXT", null, "Saddle anaesthesia").screen(Courses.at("lumbar", null)), NOT_INDICATED));
        v.add(new Vignette("LBP with lumbar radiculopathy (M54.16)", () -> patient("v73").condition("SNOMED", "278860009", "Chronic low back pain").condition("ICD10CM", "M54.16", "Radiculopathy, lumbar region").screen(Courses.at("lumbar", null)), CAUTION));
        v.add(new Vignette("Osteonecrosis of the right hip, right hip planned", () -> patient("v74").condition("ICD10CM", "M87.051", "Idiopathic aseptic necrosis of right femur", "right hip", Laterality.RIGHT, true).screen(Courses.at("hip", Laterality.RIGHT)), CAUTION));
        v.add(fhir("FHIR: Synthea knee OA on warfarin 855332", "synthea-knee-oa-on-warfarin.json", CONTRAINDICATED));
        v.add(fhir("FHIR: LBP, resolved cellulitis, stopped apixaban (no care data)", "synthea-low-back-pain-resolved-cellulitis-stopped-apixaban.json", CAUTION));
        v.add(fhir("FHIR: fibromyalgia, RxNorm lidocaine allergy", "synthea-fibromyalgia-lidocaine-allergy.json", CONTRAINDICATED));
        v.add(fhir("FHIR: hypertension only", "synthea-hypertension-only.json", NOT_INDICATED));
        v.add(fhir("FHIR: right knee OA, contained clopidogrel", "knee-oa-clopidogrel-by-reference.json", CAUTION));
        return v;
    }

    static Vignette fhir(String name, String file, Verdict expected) {
        return new Vignette(name, () -> TestPatient.ENGINE.evaluate(
                FhirFacts.from(file, bundle(file), TestPatient.TODAY), new PlannedCourse(List.of(), List.of())), expected);
    }

    static List<Resource> bundle(String file) {
        try (var in = VignetteSuiteTest.class.getResourceAsStream("/screening/fhir/" + file)) {
            var json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var b = (Bundle) ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().parseResource(json);
            return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String table(List<Vignette> vignettes, List<ScreeningOutcome> outcomes) {
        var sb = new StringBuilder();
        sb.append(String.format("| %-3s | %-62s | %-15s | %-15s | %-2s | %s%n", "#", "vignette", "expected", "actual", "ok", "rules fired (not INFO)"));
        sb.append("|-----|").append("-".repeat(64)).append("|-----------------|-----------------|----|------------------------\n");
        for (int i = 0; i < vignettes.size(); i++) {
            var v = vignettes.get(i);
            var o = outcomes.get(i);
            var fired = o.findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .map(f -> f.ruleId() + "/" + f.severity()).distinct().collect(Collectors.joining(", "));
            sb.append(String.format("| %-3d | %-62s | %-15s | %-15s | %-2s | %s%n", i + 1, v.name(), v.expected(),
                    o.verdict(), v.expected() == o.verdict() ? "✓" : "✗", fired));
        }
        return sb.toString();
    }

    @Test
    void everyVignetteGetsTheVerdictAClinicianWouldExpect() {
        var vignettes = all();
        var outcomes = vignettes.stream().map(v -> v.screening().get()).toList();
        System.out.println(table(vignettes, outcomes));
        assertThat(vignettes).hasSizeGreaterThanOrEqualTo(40);
        for (int i = 0; i < vignettes.size(); i++) {
            assertThat(outcomes.get(i).verdict()).as(vignettes.get(i).name() + " " + outcomes.get(i).findings())
                    .isEqualTo(vignettes.get(i).expected());
        }
    }

    public static void main(String[] args) {
        var vignettes = all();
        System.out.print(table(vignettes, vignettes.stream().map(v -> v.screening().get()).toList()));
    }
}
