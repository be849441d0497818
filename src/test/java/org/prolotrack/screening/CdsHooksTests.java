package org.prolotrack.screening;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.CdsHooksEhr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@AutoConfigureMockMvc
class CdsHooksTests extends org.prolotrack.support.CdsHooksEhrRegistered {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Map<String, String> KEY_OF = Map.of("Patient", "patient", "Condition", "conditions",
            "MedicationRequest", "medicationRequests", "MedicationStatement", "medicationStatements",
            "AllergyIntolerance", "allergies", "Observation", "weight");

    @Autowired MockMvc mvc;
    @Autowired org.prolotrack.knowledge.KnowledgeBase knowledge;

    /** Splits a hand-written Synthea-style bundle into the prefetch keys of our discovery document. */
    static ObjectNode prefetchOf(String file) throws IOException {
        try (var in = CdsHooksTests.class.getResourceAsStream("/screening/fhir/" + file)) {
            var bundle = JSON.readTree(in);
            var prefetch = JSON.createObjectNode();
            for (var key : KEY_OF.values()) {
                if (!key.equals("patient")) {
                    prefetch.putObject(key).put("resourceType", "Bundle").put("type", "searchset").putArray("entry");
                }
            }
            for (JsonNode entry : bundle.get("entry")) {
                var resource = entry.get("resource");
                var key = KEY_OF.get(resource.get("resourceType").asString());
                if (key.equals("patient")) {
                    prefetch.set("patient", resource);
                } else {
                    ((tools.jackson.databind.node.ArrayNode) prefetch.get(key).get("entry")).addObject().set("resource", resource);
                }
            }
            return prefetch;
        }
    }

    static ObjectNode request(String hook, ObjectNode prefetch) {
        var r = JSON.createObjectNode();
        r.put("hook", hook).put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        r.putObject("context").put("userId", "Practitioner/1").put("patientId", "p-1");
        if (prefetch != null) {
            r.set("prefetch", prefetch);
        }
        return r;
    }

    @Test
    void discoveryListsBothServicesWithPrefetchTemplates() throws Exception {
        mvc.perform(get("/cds-services"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services[*].hook", hasItem("patient-view")))
                .andExpect(jsonPath("$.services[*].hook", hasItem("order-select")))
                .andExpect(jsonPath("$.services[0].prefetch.conditions").value("Condition?patient={{context.patientId}}"))
                .andExpect(jsonPath("$.services[0].prefetch.allergies").value("AllergyIntolerance?patient={{context.patientId}}"));
    }

    @Test
    void patientViewOfAPatientOnWarfarinGivesACriticalCardAndTheKneeOaEvidence() throws Exception {
        var body = request("patient-view", prefetchOf("synthea-knee-oa-on-warfarin.json"));
        var response = mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
                .andExpect(jsonPath("$.cards[0].summary").value("Contraindicated: Anticoagulant therapy"))
                .andExpect(jsonPath("$.cards[0].detail", startsWith("**Warfarin Sodium 5 MG Oral Tablet, active since 2025-03-02**")))
                .andExpect(jsonPath("$.cards[*].summary", hasItem(startsWith("Indication: Knee osteoarthritis (SORT B"))))
                .andExpect(jsonPath("$.cards[*].summary", hasItem("Missing: Conservative care tried and failed")))
                .andExpect(jsonPath("$.cards[*].source.label", everyItem(startsWith("ProloTrack screening (knowledge "
                        + knowledge.version().value() + ")"))))
                .andReturn().getResponse().getContentAsString();
        for (var card : JSON.readTree(response).get("cards")) {
            org.assertj.core.api.Assertions.assertThat(card.get("summary").asString().length()).isLessThan(140);
        }
    }

    @Test
    void aMinimalRequestWithoutStatusesOnTheEntriesIsAnswered() throws Exception {
        // the example of docs/screening.md: no verificationStatus on the condition, no weight, no medicationStatements
        var body = """
                {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                 "context": {"userId": "Practitioner/1", "patientId": "p-1"},
                 "prefetch": {
                   "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "Condition",
                     "code": {"coding": [{"system": "http://snomed.info/sct", "code": "239873007", "display": "Osteoarthritis of knee"}]}}}]},
                   "medicationRequests": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "MedicationRequest",
                     "status": "active", "intent": "order", "authoredOn": "2025-03-02",
                     "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "855332",
                       "display": "Warfarin Sodium 5 MG Oral Tablet"}]}}}]},
                   "allergies": {"resourceType": "Bundle", "type": "searchset", "entry": []}}}""";
        mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(body).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
                .andExpect(jsonPath("$.cards[*].summary", hasItem("Missing: Weight known when an anesthetic is planned")));
    }

    @Test
    void aLidocaineAllergyCodedInRxnormIsCritical() throws Exception {
        var body = request("patient-view", prefetchOf("synthea-fibromyalgia-lidocaine-allergy.json"));
        mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards[0].summary").value("Contraindicated: Allergy to an agent in the planned solution"));
    }

    @Test
    void orderSelectScreensTheDraftProlotherapyOrderAtItsBodySite() throws Exception {
        var body = request("order-select", prefetchOf("knee-oa-clopidogrel-by-reference.json"));
        var ctx = (ObjectNode) body.get("context");
        ctx.putArray("selections").add("ServiceRequest/sr-1");
        ctx.set("draftOrders", JSON.readTree("""
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"resource":{"resourceType":"ServiceRequest","id":"sr-1","status":"draft","intent":"order",
                   "code":{"coding":[{"system":"https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets","code":"M0076"}],"text":"Prolotherapy"},
                   "bodySite":[{"text":"left knee"}],"subject":{"reference":"Patient/p-1"}}},
                 {"resource":{"resourceType":"MedicationRequest","id":"mr-1","status":"draft","intent":"order",
                   "medicationCodeableConcept":{"text":"Dextrose 50% injection"},"subject":{"reference":"Patient/p-1"}}}]}"""));
        // right knee OA, left knee ordered: not indicated there; clopidogrel is a caution; dextrose only: no weight needed
        mvc.perform(post("/cds-services/prolotrack-screening-order").contentType(MediaType.APPLICATION_JSON).content(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards[*].summary", hasItem("Caution: Antiplatelet therapy")))
                .andExpect(jsonPath("$.cards[*].summary", hasItem("No indication for prolotherapy on the active problem list")));
    }

    @Test
    void orderSelectWithoutAProlotherapyOrderAnswersNoCards() throws Exception {
        var body = request("order-select", prefetchOf("synthea-hypertension-only.json"));
        ((ObjectNode) body.get("context")).set("draftOrders", JSON.readTree("""
                {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"ServiceRequest",
                 "id":"x","status":"draft","intent":"order","code":{"text":"Knee X-ray"},"subject":{"reference":"Patient/p-1"}}}]}"""));
        mvc.perform(post("/cds-services/prolotrack-screening-order").contentType(MediaType.APPLICATION_JSON).content(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards.length()").value(0));
    }

    @Test
    void malformedRequestsAreBadRequestsWithAClearMessage() throws Exception {
        var valid = request("patient-view", prefetchOf("synthea-hypertension-only.json"));
        var noHook = valid.deepCopy();
        noHook.remove("hook");
        var wrongHook = valid.deepCopy().put("hook", "order-sign");
        var noPatient = valid.deepCopy();
        ((ObjectNode) noPatient.get("context")).remove("patientId");
        var badResource = valid.deepCopy();
        ((ObjectNode) badResource.get("prefetch")).set("conditions", JSON.readTree("{\"resourceType\":\"Nonsense\"}"));
        var orderWithoutDraft = request("order-select", prefetchOf("synthea-hypertension-only.json"));
        for (var bad : new String[] {"", "{not json", "[]", noHook.toString(), wrongHook.toString(), noPatient.toString(),
                badResource.toString()}) {
            mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(bad).with(CdsHooksEhr.signed()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(post("/cds-services/prolotrack-screening-order").contentType(MediaType.APPLICATION_JSON)
                        .content(orderWithoutDraft.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("order-select needs context.draftOrders, a FHIR R4 Bundle"));
        mvc.perform(post("/cds-services/no-such-service").contentType(MediaType.APPLICATION_JSON).content(valid.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutPrefetchOrFhirServerTheServiceSaysItCannotGetTheData() throws Exception {
        mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON)
                        .content(request("patient-view", null).toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void missingPrefetchIsReadFromTheFhirServerWithTheBearerToken() throws Exception {
        var prefetch = prefetchOf("synthea-knee-oa-on-warfarin.json");
        var seenAuth = new ConcurrentHashMap<String, String>();
        CdsHooksEhr.serve(exchange -> {
            var path = exchange.getRequestURI().getPath();
            var type = path.substring(path.lastIndexOf('/') + 1);
            seenAuth.put(type, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            var key = KEY_OF.getOrDefault(type, "none");
            CdsHooksEhr.answer(exchange, 200, prefetch.has(key) ? prefetch.get(key).toString()
                    : "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}");
        });
        var body = request("patient-view", null);
        body.put("fhirServer", CdsHooksEhr.fhirServer());
        body.putObject("fhirAuthorization").put("access_token", "secret-123").put("token_type", "Bearer")
                .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "cds-service");
        mvc.perform(post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards[0].summary").value("Contraindicated: Anticoagulant therapy"));
        org.assertj.core.api.Assertions.assertThat(seenAuth).containsEntry("MedicationRequest", "Bearer secret-123")
                .containsKeys("Condition", "AllergyIntolerance", "Observation");
    }
}
