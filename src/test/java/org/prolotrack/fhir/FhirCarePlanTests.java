package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;

class FhirCarePlanTests extends FhirCareRecordTests {

    @Test
    void theActiveSeriesReadsAsAnActiveCarePlanOfProlotherapySessions() {
        var c = care();
        var plan = read("clinician", "/fhir/CarePlan/" + c.plan(), CarePlan.class);
        assertThat(plan.getIdElement().getIdPart()).isEqualTo(c.plan().toString());
        assertThat(plan.getStatus().toCode()).isEqualTo("active");
        assertThat(plan.getIntent().toCode()).isEqualTo("plan");
        assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
        var activity = plan.getActivityFirstRep().getDetail();
        assertThat(activity.getCode().getCodingFirstRep().getCode()).isEqualTo("M0076");
        // one session signed, the series is under way; Rabago 2013 plans three sessions (knowledge/plan/protocols.json)
        assertThat(activity.getStatus().toCode()).isEqualTo("in-progress");
        assertThat(plan.getActivityFirstRep().getProgressFirstRep().getText()).startsWith("1 of 3 sessions done");
        assertThat(activity.getDescription()).contains("Knee joint (intra-articular) (right)");
    }

    @Test
    void aSearchByPatientFindsTheSeriesInJsonAndInXml() {
        var c = care();
        var bundle = search("clinician", "/fhir/CarePlan?patient=Patient/" + c.patient());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(c.plan().toString());
        var xml = xml("clinician", "/fhir/CarePlan/" + c.plan());
        assertThat(xml).contains("<CarePlan xmlns=\"http://hl7.org/fhir\"").contains("<status value=\"active\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoSeries() {
        var c = care();
        notFound(c.otherClinician(), "/fhir/CarePlan/" + c.plan());
        notFound("clinician", "/fhir/CarePlan/" + java.util.UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/CarePlan?patient=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsCarePlan() {
        assertThat(listedInTheCapabilityStatement("CarePlan")).isTrue();
    }
}
