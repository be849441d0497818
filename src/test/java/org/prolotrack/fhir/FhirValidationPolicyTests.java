package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /fhir} validates with the strict parser, the R4 schema and ProloTrack's own checks by default, with
 * HAPI's instance validator when asked; {@code $validate} always runs the instance validator and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirValidationPolicyTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    private HttpResponse<String> post(String path, String body) {
        return http.post("admin", path, body, "application/fhir+json");
    }

    private boolean written(Bundle b) {
        return jdbc.sql("select count(*) from patient where mrn = :mrn").param("mrn", SyntheaBundles.mrnOf(b))
                .query(Integer.class).single() > 0;
    }

    private String lastImportAudit() {
        return jdbc.sql("select detail from audit_event where action = 'FHIR_IMPORT' order by id desc limit 1")
                .query(String.class).single();
    }

    private static OperationOutcome outcome(HttpResponse<String> r) {
        return SyntheaBundles.CTX.newJsonParser().parseResource(OperationOutcome.class, r.body());
    }

    /** pat-1: a contact names no one and no organisation — only HAPI's instance validator checks invariants. */
    private static Bundle withAnEmptyContact() {
        var bundle = SyntheaBundles.pei();
        var patient = (Patient) bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient)
                .findFirst().orElseThrow().getResource();
        patient.addContact().setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE);
        return bundle;
    }

    @Test
    void aBundleIsImportedWithTheSchemaCheckByDefault() {
        var bundle = SyntheaBundles.pei();

        var r = post("/fhir?clinic=MAD", SyntheaBundles.json(bundle));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("transaction-response").contains("201 Created");
        assertThat(written(bundle)).isTrue();
        assertThat(lastImportAudit()).contains("validation SCHEMA");
    }

    @Test
    void anInvariantOnlyTheInstanceValidatorChecksRefusesTheBundleWhenTheProfileCheckIsAsked() {
        var bundle = withAnEmptyContact();

        var r = post("/fhir?clinic=MAD&_validate=profile", SyntheaBundles.json(bundle));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("pat-1");
        assertThat(written(bundle)).isFalse();
        var same = post("/fhir?clinic=MAD", SyntheaBundles.json(bundle));
        assertThat(same.statusCode()).as("the default check does not look at invariants").isEqualTo(200);
    }

    @Test
    void anUnknownValidationIsRefused() {
        var r = post("/fhir?clinic=MAD&_validate=lenient", SyntheaBundles.json(SyntheaBundles.pei()));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(outcome(r).getIssueFirstRep().getDiagnostics()).contains("_validate takes profile");
    }

    @Test
    void anElementR4DoesNotKnowRefusesTheBundle() {
        var bundle = SyntheaBundles.pei();
        var json = SyntheaBundles.json(bundle).replaceFirst("\"resourceType\":\"Condition\",",
                "\"resourceType\":\"Condition\",\"severityScore\":7,");

        var r = post("/fhir?clinic=MAD", json);

        assertThat(r.statusCode()).as(r.body()).isBetween(400, 422);
        assertThat(r.body()).contains("OperationOutcome").contains("severityScore");
        assertThat(written(bundle)).isFalse();
    }

    @Test
    void anXmlBundleIsImportedToo() {
        var bundle = SyntheaBundles.pei();
        var xml = SyntheaBundles.CTX.newXmlParser().encodeResourceToString(bundle);

        var r = http.post("admin", "/fhir?clinic=MAD", xml, "application/fhir+xml");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(written(bundle)).isTrue();
    }

    @Test
    void validatingABundleAnswersAnOutcomeAndImportsNothing() {
        var bundle = SyntheaBundles.pei();

        var r = post("/fhir/Bundle/$validate", SyntheaBundles.json(bundle));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(outcome(r).getIssue()).noneMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR)
                .anyMatch(i -> i.getDiagnostics().contains("No errors found"));
        assertThat(written(bundle)).isFalse();
    }

    @Test
    void validatingABundleNamesTheInvariantItBreaks() {
        var r = post("/fhir/Bundle/$validate", SyntheaBundles.json(withAnEmptyContact()));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(outcome(r).getIssue()).anyMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                && i.getDiagnostics().contains("pat-1"));
    }

    @Test
    void validatingABundleProloTrackCouldNotImportSaysWhyAsAWarning() {
        var bundle = SyntheaBundles.pei();
        bundle.getEntry().removeIf(e -> e.getResource() instanceof Patient);
        bundle.getEntry().removeIf(e -> !(e.getResource() instanceof Condition));
        for (var e : bundle.getEntry()) {
            ((Condition) e.getResource()).getSubject().setReference("Patient/someone-else");
        }

        var r = post("/fhir/Bundle/$validate", SyntheaBundles.json(bundle));

        assertThat(outcome(r).getIssue()).anyMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.WARNING
                && i.getDiagnostics().contains("ProloTrack would not import this bundle")
                && i.getDiagnostics().contains("no Patient"));
    }

    @Test
    void aResourceIsValidatedByItsTypeAlsoInsideParameters() {
        var condition = new Condition();
        condition.getCode().setText("knee pain");
        var missingSubject = post("/fhir/Condition/$validate",
                SyntheaBundles.CTX.newJsonParser().encodeResourceToString(condition));
        assertThat(outcome(missingSubject).getIssue()).anyMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                && i.getDiagnostics().contains("Condition.subject"));

        condition.getSubject().setReference("Patient/p1");
        var parameters = new Parameters();
        parameters.addParameter().setName("resource").setResource(condition);
        var valid = post("/fhir/Condition/$validate", SyntheaBundles.CTX.newJsonParser().encodeResourceToString(parameters));
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(outcome(valid).getIssue()).noneMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void aBodyOfAnotherTypeThanThePathIsRefused() {
        var r = post("/fhir/Patient/$validate", SyntheaBundles.CTX.newJsonParser().encodeResourceToString(new Condition()));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(outcome(r).getIssueFirstRep().getDiagnostics()).contains("Condition").contains("Patient");
    }

    @Test
    void anUnknownTypeOrAnUnreadableBodyIsRefused() {
        assertThat(post("/fhir/Knee/$validate", "{\"resourceType\":\"Knee\"}").statusCode()).isEqualTo(400);
        assertThat(post("/fhir/Condition/$validate", "{\"resourceType\":\"Condition\",").statusCode()).isEqualTo(400);
    }

    @Test
    void theCapabilityStatementListsValidateOnTheResourcesAndTheServer() {
        var r = http.get(null, "/fhir/metadata");
        var cs = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.CapabilityStatement.class, r.body());
        var rest = cs.getRestFirstRep();
        assertThat(rest.getOperation()).anySatisfy(o -> assertThat(o.getName()).isEqualTo("validate"));
        var patient = rest.getResource().stream().filter(x -> x.getType().equals("Patient")).findFirst().orElseThrow();
        assertThat(patient.getOperation()).anySatisfy(o -> assertThat(o.getDefinition())
                .isEqualTo("http://hl7.org/fhir/OperationDefinition/Resource-validate"));
    }
}
