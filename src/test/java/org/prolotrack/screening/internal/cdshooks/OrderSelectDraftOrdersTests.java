package org.prolotrack.screening.internal.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * order-select without HTTP: the draft orders as the EHR sends them go through DraftOrders, the chart through
 * FhirFacts, the screening engine and the card mapping, exactly as the CDS Hooks endpoint chains them.
 */
class OrderSelectDraftOrdersTests {

    static final ScreeningEngine ENGINE = new ScreeningEngine(KnowledgeBase.fromClasspath());
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SNOMED = "http://snomed.info/sct";

    static final String PROLOTHERAPY_LEFT_KNEE = """
            {"resource":{"resourceType":"ServiceRequest","id":"sr-1","status":"draft","intent":"order",
              "code":{"coding":[{"system":"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets","code":"M0076"}],"text":"Prolotherapy"},
              "bodySite":[{"text":"left knee"}],"subject":{"reference":"Patient/p-1"}}}""";

    static String medicationRequest(String id, String text) {
        return """
                {"resource":{"resourceType":"MedicationRequest","id":"%s","status":"draft","intent":"order",
                  "medicationCodeableConcept":{"text":"%s"},"subject":{"reference":"Patient/p-1"}}}""".formatted(id, text);
    }

    static String bundle(String... entries) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + String.join(",", entries) + "]}";
    }

    static PlannedCourse planned(String draftOrders) {
        var context = JSON.readTree("{\"patientId\":\"p-1\",\"draftOrders\":" + draftOrders + "}");
        return DraftOrders.plannedCourse(context, ENGINE.knowledge()).orElseThrow();
    }

    static Cards.Response orderSelect(String draftOrders, Resource... chart) {
        var facts = FhirFacts.from("Patient/p-1", List.of(chart), LocalDate.of(2026, 12, 3));
        return Cards.from(ENGINE.evaluate(facts, planned(draftOrders)));
    }

    /** Left knee osteoarthritis (the indication), a recent weight (for the anesthetic cap) and the given extras. */
    static Resource[] chart(Resource... extra) {
        var all = new ArrayList<Resource>();
        all.add(new Condition().setCode(new CodeableConcept()
                .addCoding(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "M17.12", "Unilateral primary osteoarthritis, left knee"))));
        var weight = new Observation().setCode(new CodeableConcept().addCoding(new Coding("http://loinc.org", "29463-7", "Body weight")));
        weight.setValue(new Quantity().setValue(new BigDecimal("80")).setUnit("kg").setCode("kg"));
        weight.setEffective(new DateTimeType("2026-11-20"));
        all.add(weight);
        all.addAll(List.of(extra));
        return all.toArray(Resource[]::new);
    }

    static AllergyIntolerance allergyTo(String substance) {
        return new AllergyIntolerance().setCode(new CodeableConcept().setText(substance));
    }

    static List<Cards.Card> cardsOf(Cards.Response r, String ruleId) {
        return r.cards().stream().filter(c -> c.source().topic().code().equals(ruleId)).toList();
    }

    @Test
    void aBupivacaineAllergyAndADraftBupivacaineOrderGiveACriticalCard() {
        var cards = orderSelect(bundle(PROLOTHERAPY_LEFT_KNEE, medicationRequest("mr-1", "Dextrose 50% injection"),
                medicationRequest("mr-2", "Bupivacaine hydrochloride 0.25% injection")), chart(allergyTo("Bupivacaine")));
        assertThat(cardsOf(cards, "AGENT_ALLERGY")).extracting(Cards.Card::indicator).containsExactly("critical");
    }

    @Test
    void aProcaineOrderIsScreenedAgainstAProcaineAllergy() {
        var cards = orderSelect(bundle(PROLOTHERAPY_LEFT_KNEE, medicationRequest("mr-1", "Procaine 1% injection")),
                chart(allergyTo("Novocain")));
        assertThat(cardsOf(cards, "AGENT_ALLERGY")).extracting(Cards.Card::indicator).contains("critical");
    }

    @Test
    void everyAgentOfAMixedDraftMedicationIsScreened() {
        var course = planned(bundle(PROLOTHERAPY_LEFT_KNEE,
                medicationRequest("mr-1", "Dextrose 15% with lidocaine 0.2% in sodium chloride 0.9%")));
        assertThat(course.agents()).containsExactlyInAnyOrder("dextrose", "lidocaine", "saline");
        var cards = orderSelect(bundle(PROLOTHERAPY_LEFT_KNEE,
                medicationRequest("mr-1", "Dextrose 15% with lidocaine 0.2% in sodium chloride 0.9%")), chart(allergyTo("Lidocaine")));
        assertThat(cardsOf(cards, "AGENT_ALLERGY")).extracting(Cards.Card::indicator).containsExactly("critical");
    }

    @Test
    void aDraftMedicationRequestNamingItsMedicationByReferenceIsRead() {
        var medication = """
                {"resource":{"resourceType":"Medication","id":"med-1","code":{"text":"Procaine hydrochloride 1% injection"}}}""";
        var byReference = """
                {"resource":{"resourceType":"MedicationRequest","id":"mr-1","status":"draft","intent":"order",
                  "medicationReference":{"reference":"Medication/med-1"},"subject":{"reference":"Patient/p-1"}}}""";
        var cards = orderSelect(bundle(PROLOTHERAPY_LEFT_KNEE, medication, byReference),
                chart(allergyTo("Procaine")));
        assertThat(cardsOf(cards, "AGENT_ALLERGY")).extracting(Cards.Card::indicator).containsExactly("critical");
    }

    @Test
    void aDraftAnestheticWithoutADraftProliferantIsScreenedWithTheDefaultProliferant() {
        var course = planned(bundle(PROLOTHERAPY_LEFT_KNEE, medicationRequest("mr-1", "Bupivacaine 0.25% injection")));
        assertThat(course.agents()).containsExactlyInAnyOrder("bupivacaine", "dextrose", "saline");
    }

    @Test
    void aServiceRequestBodySiteAndLateralityReachTheScreening() {
        // coded site plus a SNOMED laterality qualifier (24028007 |Right|), no text
        var rightKnee = """
                {"resource":{"resourceType":"ServiceRequest","id":"sr-1","status":"draft","intent":"order",
                  "code":{"text":"Prolotherapy"},
                  "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"72696002","display":"Knee region structure"},
                                         {"system":"http://snomed.info/sct","code":"24028007","display":"Right"}]}],
                  "subject":{"reference":"Patient/p-1"}}}""";
        assertThat(planned(bundle(rightKnee)).sites()).containsExactly(new PlannedCourse.Site("knee", Laterality.RIGHT));

        var leftKneeAbscess = new Condition().setCode(new CodeableConcept()
                .addCoding(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "L02.416", "Cutaneous abscess of left lower limb")));
        leftKneeAbscess.addBodySite(new CodeableConcept().setText("left knee"));
        var cards = orderSelect(bundle(rightKnee), chart(leftKneeAbscess));
        assertThat(cardsOf(cards, "LOCAL_INFECTION_AT_SITE")).isEmpty();
        assertThat(cardsOf(cards, "LOCAL_INFECTION_ELSEWHERE")).extracting(Cards.Card::indicator).containsExactly("warning");
    }

    @Test
    void theLateralityOfAnyCodingOnTheBodySiteCounts() {
        var leftKneeByCoding = """
                {"resource":{"resourceType":"ServiceRequest","id":"sr-1","status":"draft","intent":"order",
                  "code":{"text":"Prolotherapy"},
                  "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"72696002","display":"Knee region structure"},
                                         {"system":"http://snomed.info/sct","code":"7771000","display":"Left"}]}],
                  "subject":{"reference":"Patient/p-1"}}}""";
        var rightShoulderByText = """
                {"resource":{"resourceType":"ServiceRequest","id":"sr-2","status":"draft","intent":"order",
                  "code":{"text":"Prolotherapy"},"bodySite":[{"text":"Shoulder, right"}],"subject":{"reference":"Patient/p-1"}}}""";
        assertThat(planned(bundle(leftKneeByCoding, rightShoulderByText)).sites()).containsExactly(
                new PlannedCourse.Site("knee", Laterality.LEFT), new PlannedCourse.Site("shoulder", Laterality.RIGHT));
    }
}
