package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class FhirQuestionnaireResponseTests extends FhirCareRecordTests {

    private UUID painScore(Care c, int answer) {
        var r = http.post("clinician", "/api/patients/" + c.patient() + "/outcomes",
                "{\"planId\":\"" + c.plan() + "\",\"instrument\":\"NRS\",\"answers\":[" + answer + "],\"collectedOn\":\""
                        + LocalDate.now() + "\"}", JSON);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(r.body(), "$.id"));
    }

    @Test
    void aPainScoreReadsAsACompletedResponseWithTheAnswerGiven() {
        var c = care();
        var id = painScore(c, 6);
        var response = read("clinician", "/fhir/QuestionnaireResponse/" + id, QuestionnaireResponse.class);
        assertThat(response.getStatus().toCode()).isEqualTo("completed");
        assertThat(response.getQuestionnaire()).isEqualTo("http://prolotrack.org/fhir/Questionnaire/NRS");
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
        // the NRS has one question, "pain" (knowledge/outcome/instruments/nrs.json)
        assertThat(response.getItem()).hasSize(1);
        assertThat(response.getItemFirstRep().getLinkId()).isEqualTo("pain");
        assertThat(response.getItemFirstRep().getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(6);
        var observation = read("clinician", "/fhir/Observation/" + id, Observation.class);
        assertThat(observation.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + id);
    }

    @Test
    void aSearchByPatientFindsTheResponseInJsonAndInXml() {
        var c = care();
        var id = painScore(c, 3);
        assertThat(search("clinician", "/fhir/QuestionnaireResponse?patient=Patient/" + c.patient()).getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart()).contains(id.toString());
        assertThat(xml("clinician", "/fhir/QuestionnaireResponse/" + id))
                .contains("<QuestionnaireResponse xmlns=\"http://hl7.org/fhir\"").contains("<valueInteger value=\"3\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoResponse() {
        var c = care();
        var id = painScore(c, 5);
        notFound(c.otherClinician(), "/fhir/QuestionnaireResponse/" + id);
        notFound("clinician", "/fhir/QuestionnaireResponse/" + UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/QuestionnaireResponse?patient=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsQuestionnaireResponse() {
        assertThat(listedInTheCapabilityStatement("QuestionnaireResponse")).isTrue();
    }
}
