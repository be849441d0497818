package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class FhirObservationTests extends FhirCareRecordTests {

    private UUID recordPaper(Care c, String instrument, int answer) {
        var r = http.post("clinician", "/api/patients/" + c.patient() + "/outcomes",
                "{\"planId\":\"" + c.plan() + "\",\"instrument\":\"" + instrument + "\",\"answers\":[" + answer
                        + "],\"collectedOn\":\"" + LocalDate.now() + "\"}", JSON);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(JsonPath.read(r.body(), "$.id"));
    }

    @Test
    void aPainScoreReadsWithItsLoincCodeAndTheScoreAsAnInteger() {
        var c = care();
        var id = recordPaper(c, "NRS", 4);
        var observation = read("clinician", "/fhir/Observation/" + id, Observation.class);
        assertThat(observation.getStatus().toCode()).isEqualTo("final");
        // NRS 0-10 is LOINC 72514-3 (clinical-reference section 4)
        assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(4);
        assertThat(observation.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
        assertThat(observation.getEffectiveDateTimeType().getValueAsString()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void anInstrumentWithoutALoincCodeUsesProloTracksInstrumentCodes() {
        var c = care();
        var id = recordPaper(c, "PGIC", 2);
        var observation = read("clinician", "/fhir/Observation/" + id, Observation.class);
        assertThat(observation.getCode().getCodingFirstRep().getSystem())
                .isEqualTo("http://prolotrack.org/fhir/CodeSystem/instrument");
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("PGIC");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(2);
    }

    @Test
    void aSearchByPatientFindsTheScoresInJsonAndInXml() {
        var c = care();
        var id = recordPaper(c, "NRS", 7);
        var bundle = search("clinician", "/fhir/Observation?patient=Patient/" + c.patient());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(id.toString());
        assertThat(xml("clinician", "/fhir/Observation/" + id))
                .contains("<Observation xmlns=\"http://hl7.org/fhir\"").contains("<valueInteger value=\"7\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoScores() {
        var c = care();
        var id = recordPaper(c, "NRS", 5);
        notFound(c.otherClinician(), "/fhir/Observation/" + id);
        notFound("clinician", "/fhir/Observation/" + UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/Observation?patient=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsObservation() {
        assertThat(listedInTheCapabilityStatement("Observation")).isTrue();
    }
}
