package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every kind of bad import is answered 4xx with an OperationOutcome, never a 500, and writes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirInvalidBundleTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    private HttpResponse<String> post(String body) {
        return http.post("admin", "/fhir?clinic=MAD", body, "application/fhir+json");
    }

    private static void rejectedWithAnOutcome(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    private boolean written(Bundle b) {
        return jdbc.sql("select count(*) from patient where mrn = :mrn").param("mrn", SyntheaBundles.mrnOf(b))
                .query(Integer.class).single() > 0;
    }

    @Test
    void somethingOtherThanABundleIsRefused() {
        var patient = (Patient) SyntheaBundles.pei().getEntryFirstRep().getResource();
        rejectedWithAnOutcome(post(SyntheaBundles.CTX.newJsonParser().encodeResourceToString(patient)), 400);
    }

    @Test
    void aSearchsetBundleIsRefusedAsTheWrongType() {
        var bundle = SyntheaBundles.pei().setType(Bundle.BundleType.SEARCHSET);
        var r = post(SyntheaBundles.json(bundle));
        rejectedWithAnOutcome(r, 422);
        assertThat(r.body()).contains("transaction or collection");
        assertThat(written(bundle)).isFalse();
    }

    @Test
    void aBundleWithoutAPatientIsRefused() {
        var bundle = SyntheaBundles.pei();
        bundle.getEntry().removeIf(e -> e.getResource() instanceof Patient);
        var r = post(SyntheaBundles.json(bundle));
        rejectedWithAnOutcome(r, 422);
        assertThat(r.body()).contains("no Patient");
    }

    @Test
    void anInvalidResourceRejectsTheWholeBundleListingEveryProblem() {
        var bundle = SyntheaBundles.pei();
        var conditions = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Condition)
                .map(e -> (Condition) e.getResource()).toList();
        // Condition.subject is required (1..1) in R4: two conditions lose it
        conditions.get(0).setSubject(null);
        conditions.get(1).setSubject(null);
        var r = post(SyntheaBundles.json(bundle));
        rejectedWithAnOutcome(r, 422);
        var issues = SyntheaBundles.CTX.newJsonParser().parseResource(org.hl7.fhir.r4.model.OperationOutcome.class, r.body())
                .getIssue();
        assertThat(issues).as(r.body()).filteredOn(i -> i.getDiagnostics().contains("(Condition)")
                && i.getDiagnostics().contains("subject")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(written(bundle)).isFalse();
    }

    @Test
    void malformedJsonIsRefused() {
        rejectedWithAnOutcome(post("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{"), 400);
    }

    @Test
    void anUnknownClinicIsRefused() {
        var bundle = SyntheaBundles.pei();
        var r = http.post("admin", "/fhir?clinic=NOPE", SyntheaBundles.json(bundle), "application/fhir+json");
        rejectedWithAnOutcome(r, 400);
        assertThat(written(bundle)).isFalse();
    }

    @Test
    void theCapabilityStatementListsTheResourcesServed() {
        var r = http.get(null, "/fhir/metadata");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("CapabilityStatement").contains("\"Patient\"").contains("\"Condition\"")
                .contains("\"MedicationRequest\"").contains("\"MedicationStatement\"").contains("\"AllergyIntolerance\"");
    }

    @Test
    void resourcesAreServedAsXmlToo() {
        var r = http.post("admin", "/fhir?clinic=MAD", SyntheaBundles.json(SyntheaBundles.pei()), "application/fhir+json");
        var location = SyntheaBundles.CTX.newJsonParser().parseResource(Bundle.class, r.body())
                .getEntryFirstRep().getResponse().getLocation();
        var xml = http.get("admin", "/fhir/" + location + "?_format=xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).contains("fhir+xml");
        assertThat(xml.body()).contains("<Patient xmlns=\"http://hl7.org/fhir\">");
    }
}
