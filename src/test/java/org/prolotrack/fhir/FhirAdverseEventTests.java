package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.junit.jupiter.api.Test;

class FhirAdverseEventTests extends FhirCareRecordTests {

    private UUID bruise(Care c) {
        var r = http.post("clinician", "/api/patients/" + c.patient() + "/adverse-events", """
                {"planId":"%s","procedureNoteId":"%s","catalogueCode":"BRUISING","description":"Bruise 3 cm at the medial knee",
                 "severity":"MILD","serious":false,"relatedness":"RELATED","onsetOn":"2026-02-03"}"""
                .formatted(c.plan(), c.note()), JSON);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(r.body(), "$.id"));
    }

    @Test
    void aBruiseAfterTheSessionReadsAsAMildNonSeriousEventOfThatProcedure() {
        var c = care();
        var id = bruise(c);
        var event = read("clinician", "/fhir/AdverseEvent/" + id, AdverseEvent.class);
        assertThat(event.getActuality().toCode()).isEqualTo("actual");
        assertThat(event.getEvent().getCodingFirstRep().getCode()).isEqualTo("BRUISING");
        assertThat(event.getEvent().getText()).isEqualTo("Bruise 3 cm at the medial knee");
        assertThat(event.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
        assertThat(event.getDateElement().getValueAsString()).isEqualTo("2026-02-03");
        assertThat(event.getSeverity().getCodingFirstRep().getCode()).isEqualTo("mild");
        assertThat(event.getSeriousness().getCodingFirstRep().getCode()).isEqualTo("non-serious");
        assertThat(event.getOutcome().getCodingFirstRep().getCode()).isEqualTo("ongoing");
        var suspect = event.getSuspectEntityFirstRep();
        assertThat(suspect.getInstance().getReference()).isEqualTo("Procedure/" + c.note());
        assertThat(suspect.getCausalityFirstRep().getAssessment().getCodingFirstRep().getCode()).isEqualTo("Certain");
    }

    @Test
    void aSearchByPatientFindsTheEventInJsonAndInXml() {
        var c = care();
        var id = bruise(c);
        var bundle = search("clinician", "/fhir/AdverseEvent?subject=Patient/" + c.patient());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(id.toString());
        assertThat(search("clinician", "/fhir/AdverseEvent?patient=" + c.patient()).getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart()).contains(id.toString());
        assertThat(xml("clinician", "/fhir/AdverseEvent/" + id))
                .contains("<AdverseEvent xmlns=\"http://hl7.org/fhir\"").contains("<code value=\"BRUISING\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoEvent() {
        var c = care();
        var id = bruise(c);
        notFound(c.otherClinician(), "/fhir/AdverseEvent/" + id);
        notFound("clinician", "/fhir/AdverseEvent/" + UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/AdverseEvent?subject=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsAdverseEvent() {
        assertThat(listedInTheCapabilityStatement("AdverseEvent")).isTrue();
    }
}
