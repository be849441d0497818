package org.prolotrack.demo;

import java.util.List;

import org.prolotrack.patient.PatientChart.ConservativeCare.Helped;
import org.prolotrack.patient.PatientChart.ConservativeCare.Kind;
import org.prolotrack.patient.PatientChart.Imaging.Modality;
import org.prolotrack.patient.PatientChart.Laterality;

/**
 * The coded vocabulary the demo network draws from. Indication codes follow /work/shared/clinical-reference.md
 * §5.3 (ICD-10-CM) and the Synthea SNOMED CT codes it names (§8). Drugs: RxNorm clinical drugs (SCD) where public
 * listings agree on the code (warfarin 5 mg 855332, apixaban 5 mg 1364445, clopidogrel 75 mg 309362, naproxen
 * 500 mg 198014 — [V-2°] several public code listings, confirm on RxNav), otherwise the ingredient RXCUI of §3.2.
 * Demo data only: nothing here is used by a clinical rule.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    record Code(String system, String code, String display) { }

    /** An indication with where it sits, what was tried and what imaging shows. */
    record Indication(Code code, String bodySite, Laterality laterality, List<CareTried> care, Study study) { }

    record CareTried(Kind kind, String description, Helped helped) { }

    record Study(Modality modality, String bodySite, String summary) { }

    private static final CareTried PT_NO = new CareTried(Kind.PHYSICAL_THERAPY, "Physical therapy, 8 weeks of supervised exercise", Helped.NO);
    private static final CareTried PT_PARTLY = new CareTried(Kind.PHYSICAL_THERAPY, "Physical therapy and home exercise programme", Helped.PARTLY);
    private static final CareTried NSAID = new CareTried(Kind.MEDICATION, "Oral NSAID as needed", Helped.PARTLY);
    private static final CareTried NSAID_NO = new CareTried(Kind.MEDICATION, "Oral NSAID course", Helped.NO);
    private static final CareTried REST = new CareTried(Kind.ACTIVITY_MODIFICATION, "Activity modification, reduced running and lifting", Helped.PARTLY);
    private static final CareTried STEROID = new CareTried(Kind.INJECTION, "Corticosteroid injection, relief for about six weeks", Helped.PARTLY);
    private static final CareTried BRACE = new CareTried(Kind.OTHER, "Counterforce brace", Helped.NO);
    private static final CareTried ORTHOTICS = new CareTried(Kind.OTHER, "Orthotics and night splint", Helped.PARTLY);
    private static final CareTried CHIRO = new CareTried(Kind.OTHER, "Spinal manipulation", Helped.UNKNOWN);

    static final List<Indication> INDICATIONS = List.of(
            new Indication(new Code("ICD10CM", "M17.11", "Unilateral primary osteoarthritis, right knee"), "knee", Laterality.RIGHT,
                    List.of(PT_NO, NSAID, STEROID), new Study(Modality.XRAY, "right knee", "Medial joint space narrowing with marginal osteophytes.")),
            new Indication(new Code("ICD10CM", "M17.12", "Unilateral primary osteoarthritis, left knee"), "knee", Laterality.LEFT,
                    List.of(PT_PARTLY, NSAID), new Study(Modality.XRAY, "left knee", "Moderate medial compartment narrowing, small osteophytes.")),
            new Indication(new Code("ICD10CM", "M17.0", "Bilateral primary osteoarthritis of knee"), "knee", Laterality.BILATERAL,
                    List.of(PT_NO, NSAID_NO, REST), new Study(Modality.XRAY, "both knees", "Bilateral tibiofemoral narrowing, subchondral sclerosis.")),
            new Indication(new Code("SNOMED", "239873007", "Osteoarthritis of knee"), "knee", Laterality.RIGHT,
                    List.of(PT_NO, NSAID), new Study(Modality.XRAY, "right knee", "Degenerative change of the medial compartment.")),
            new Indication(new Code("ICD10CM", "M54.50", "Low back pain, unspecified"), "lumbar spine", Laterality.MIDLINE,
                    List.of(PT_NO, NSAID, CHIRO), new Study(Modality.MRI, "lumbar spine", "Mild facet arthropathy L4-S1, no nerve root compression.")),
            new Indication(new Code("SNOMED", "278860009", "Chronic low back pain"), "lumbar spine", Laterality.MIDLINE,
                    List.of(PT_PARTLY, NSAID_NO), new Study(Modality.MRI, "lumbar spine", "Disc desiccation L4-5, no herniation or stenosis.")),
            new Indication(new Code("ICD10CM", "M53.3", "Sacrococcygeal disorders, not elsewhere classified (SI joint dysfunction)"), "sacroiliac joint", Laterality.RIGHT,
                    List.of(PT_NO, STEROID), new Study(Modality.XRAY, "pelvis", "Sacroiliac joints preserved; no sacroiliitis.")),
            new Indication(new Code("ICD10CM", "M53.2X8", "Spinal instabilities, sacral and sacrococcygeal region"), "sacroiliac joint", Laterality.LEFT,
                    List.of(PT_PARTLY, REST), new Study(Modality.XRAY, "pelvis", "No fracture; mild degenerative change of the SI joints.")),
            new Indication(new Code("ICD10CM", "M77.11", "Lateral epicondylitis, right elbow"), "lateral epicondyle", Laterality.RIGHT,
                    List.of(BRACE, PT_NO, STEROID), new Study(Modality.ULTRASOUND, "right elbow", "Thickened common extensor origin with hypoechoic change.")),
            new Indication(new Code("ICD10CM", "M77.12", "Lateral epicondylitis, left elbow"), "lateral epicondyle", Laterality.LEFT,
                    List.of(BRACE, REST), new Study(Modality.ULTRASOUND, "left elbow", "Common extensor tendinopathy, no full-thickness tear.")),
            new Indication(new Code("ICD10CM", "M76.61", "Achilles tendinitis, right leg"), "Achilles tendon", Laterality.RIGHT,
                    List.of(PT_NO, REST), new Study(Modality.ULTRASOUND, "right Achilles tendon", "Fusiform mid-portion thickening with neovascularity.")),
            new Indication(new Code("ICD10CM", "M76.62", "Achilles tendinitis, left leg"), "Achilles tendon", Laterality.LEFT,
                    List.of(PT_PARTLY, ORTHOTICS), new Study(Modality.ULTRASOUND, "left Achilles tendon", "Insertional tendinopathy, small calcification.")),
            new Indication(new Code("ICD10CM", "M72.2", "Plantar fascial fibromatosis (plantar fasciitis)"), "plantar fascia", Laterality.RIGHT,
                    List.of(ORTHOTICS, PT_NO, STEROID), new Study(Modality.ULTRASOUND, "right heel", "Thickened proximal plantar fascia.")),
            new Indication(new Code("ICD10CM", "M75.81", "Other shoulder lesions, right shoulder (rotator cuff tendinopathy)"), "rotator cuff", Laterality.RIGHT,
                    List.of(PT_NO, STEROID), new Study(Modality.MRI, "right shoulder", "Supraspinatus tendinosis without full-thickness tear.")),
            new Indication(new Code("ICD10CM", "M79.7", "Fibromyalgia"), null, null,
                    List.of(PT_PARTLY, new CareTried(Kind.MEDICATION, "Duloxetine trial", Helped.PARTLY)), null),
            new Indication(new Code("SNOMED", "203082005", "Fibromyalgia"), null, null,
                    List.of(REST, NSAID_NO), null),
            new Indication(new Code("ICD10CM", "M51.360", "Other intervertebral disc degeneration, lumbar region with discogenic back pain only"), "lumbar spine", Laterality.MIDLINE,
                    List.of(PT_NO, NSAID, STEROID), new Study(Modality.MRI, "lumbar spine", "Disc degeneration L4-5 and L5-S1 with annular fissure.")));

    /** Conditions that make anticoagulation plausible. */
    static final List<Code> ANTICOAGULATION_REASONS = List.of(
            new Code("ICD10CM", "I48.91", "Unspecified atrial fibrillation"),
            new Code("ICD10CM", "Z86.718", "Personal history of other venous thrombosis and embolism"));

    static final List<Code> ANTICOAGULANTS = List.of(
            new Code("RXNORM", "855332", "warfarin sodium 5 MG Oral Tablet"),
            new Code("RXNORM", "1364445", "apixaban 5 MG Oral Tablet"),
            new Code("RXNORM", "1114195", "rivaroxaban"),
            new Code("RXNORM", "309362", "clopidogrel 75 MG Oral Tablet"),
            new Code("RXNORM", "67108", "enoxaparin"));

    static final List<Code> NSAIDS = List.of(
            new Code("RXNORM", "198014", "naproxen 500 MG Oral Tablet"),
            new Code("RXNORM", "5640", "ibuprofen"));

    static final List<Code> OTHER_MEDICATIONS = List.of(
            new Code("RXNORM", "1191", "aspirin (81 mg daily)"),
            new Code("RXNORM", "29046", "lisinopril"),
            new Code("RXNORM", "6809", "metformin"),
            new Code("RXNORM", "83367", "atorvastatin"),
            new Code("RXNORM", "10582", "levothyroxine"),
            new Code("RXNORM", "161", "acetaminophen"));

    static final List<Code> COMORBIDITIES = List.of(
            new Code("ICD10CM", "I10", "Essential (primary) hypertension"),
            new Code("ICD10CM", "E11.9", "Type 2 diabetes mellitus without complications"),
            new Code("ICD10CM", "E03.9", "Hypothyroidism, unspecified"),
            new Code("ICD10CM", "E78.5", "Hyperlipidemia, unspecified"));

    static final Code CELLULITIS = new Code("ICD10CM", "L03.115", "Cellulitis of right lower limb");
    static final Code CELLULITIS_SNOMED = new Code("SNOMED", "128045006", "Cellulitis");
    static final Code UTI = new Code("ICD10CM", "N39.0", "Urinary tract infection, site not specified");
    static final Code LIDOCAINE = new Code("RXNORM", "6387", "lidocaine");

    static final List<String> GIVEN_FEMALE = List.of("Karin", "Rosa", "Mei", "Ana", "Ingrid", "Maria", "Linnea", "Grace",
            "Fatima", "Helen", "Sofia", "Aiyana", "Joanne", "Priscilla", "Yuki", "Beatriz", "Carol", "Nadia", "Ruth", "Elena",
            "Marta", "Deborah", "Leah", "Olga", "Patricia", "Amara", "Janet", "Svetlana", "Irene", "Noor");
    static final List<String> GIVEN_MALE = List.of("Walter", "Dennis", "Henrik", "Tomasz", "James", "Carlos", "David", "Samuel",
            "Kwame", "Robert", "Arjun", "Lars", "Michael", "Hiroshi", "Brian", "Luis", "Peter", "Omar", "Gary", "Ethan",
            "Viktor", "Frank", "Raymond", "Diego", "Steven", "Jamal", "Mark", "Anton", "Ronald", "Jonas");
    static final List<String> FAMILY = List.of("Holm", "Brandt", "Delgado", "O'Leary", "Tanaka", "Sorensen", "Petrovic",
            "Johnson", "Nguyen", "Kowalski", "Schmidt", "Garcia", "Okonkwo", "Larsen", "Martinez", "Yilmaz", "Andersen",
            "Lindgren", "Novak", "Hughes", "Fischer", "Mensah", "Rossi", "Kim", "Patel", "Olsen", "Becker", "Moreno", "Ward",
            "Haugen", "Iverson", "Chen", "Walsh", "Dubois", "Bauer", "Hakimi", "Kaur", "Nilsson", "Park", "Reyes");
    static final List<String> MAD_STREETS = List.of("Willy St", "Monroe St", "Atwood Ave", "Regent St", "Jenifer St", "Mineral Point Rd");
    static final List<String> BLD_STREETS = List.of("Pearl St", "Arapahoe Ave", "Baseline Rd", "Broadway", "Table Mesa Dr", "Folsom St");
}
