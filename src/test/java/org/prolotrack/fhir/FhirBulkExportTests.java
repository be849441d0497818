package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk export follows the FHIR Bulk Data async pattern: kick-off 202 with a status URL, polling until the manifest,
 * NDJSON files of the listed types and counts; only what the requester may see, every patient read audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirBulkExportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ClinicDirectory clinics;
    @Autowired JdbcClient jdbc;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    /** A clinic of its own holding just Pei (3 conditions, 2 stopped medication orders, no allergy). */
    private UUID clinicWithPei() {
        var code = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var clinic = clinics.addClinic(new ClinicDirectory.NewClinic(code, "Export test " + code, "America/Chicago",
                null, null, null, "USD"));
        var r = http.post("admin", "/fhir?clinic=" + code, SyntheaBundles.json(SyntheaBundles.pei()),
                "application/fhir+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return clinic;
    }

    private String kickOff(String user, String path) {
        var r = http.get(user, path, "Prefer", "respond-async", "Accept", "application/fhir+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        var status = r.headers().firstValue("Content-Location").orElseThrow();
        assertThat(status).startsWith("http://localhost:" + port + "/fhir/$export-poll-status?_jobId=");
        return status.substring(("http://localhost:" + port).length());
    }

    private JsonNode manifest(String user, String status) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var r = http.get(user, status);
            if (r.statusCode() == 200) {
                return JSON.readTree(r.body());
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            assertThat(r.headers().firstValue("X-Progress")).isPresent();
            Thread.sleep(100);
        }
        throw new AssertionError("the export did not finish within a minute");
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/fhir/"));
    }

    @Test
    void aClinicExportEndsInAManifestWhoseNdjsonFilesHoldTheClinicsResources() throws Exception {
        var clinic = clinicWithPei();
        var status = kickOff("admin", "/fhir/Group/" + clinic + "/$export");
        var manifest = manifest("admin", status);

        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.get("request").asString()).endsWith("/fhir/Group/" + clinic + "/$export");
        assertThat(manifest.get("transactionTime").asString()).isNotBlank();
        assertThat(manifest.get("error").size()).isZero();
        Map<String, Integer> counted = new HashMap<>();
        String patientId = null;
        for (var output : manifest.get("output")) {
            var file = http.get("admin", path(output.get("url").asString()));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+ndjson");
            var lines = file.body().strip().split("\n");
            assertThat(lines).hasSize(output.get("count").asInt());
            for (var line : lines) {
                IBaseResource r = SyntheaBundles.CTX.newJsonParser().parseResource(line);
                assertThat(r.fhirType()).isEqualTo(output.get("type").asString());
                if (r.fhirType().equals("Patient")) {
                    patientId = r.getIdElement().getIdPart();
                }
            }
            counted.merge(output.get("type").asString(), lines.length, Integer::sum);
        }
        // Pei: one patient, 3 conditions, 2 medications (each a MedicationRequest and a MedicationStatement)
        assertThat(counted).isEqualTo(Map.of("Patient", 1, "Condition", 3, "MedicationRequest", 2,
                "MedicationStatement", 2));
        assertThat(jdbc.sql("select count(*) from audit_event where account = 'admin' and patient_id = :p"
                        + " and action = 'PATIENT_READ'")
                .param("p", UUID.fromString(patientId)).query(Integer.class).single()).isPositive();
    }

    /** Pei's clinic, one of Pei's active conditions, and the instant before it is changed. */
    private record SinceCase(UUID clinic, UUID patient, UUID condition, java.time.Instant since) { }

    private SinceCase conditionChangedAfterSince(String action, String body) throws InterruptedException {
        var clinic = clinicWithPei();
        var patient = jdbc.sql("select id from patient where clinic_id = :c").param("c", clinic).query(UUID.class)
                .single();
        var condition = jdbc.sql("select id from patient_condition where patient_id = :p and clinical_status = 'ACTIVE'"
                + " order by id limit 1").param("p", patient).query(UUID.class).single();
        Thread.sleep(20);
        var since = java.time.Instant.now();
        Thread.sleep(20);
        var changed = http.post("admin", "/api/patients/" + patient + "/conditions/" + condition + "/" + action, body,
                "application/json");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return new SinceCase(clinic, patient, condition, since);
    }

    /** The one Condition a _since export of the case's clinic holds (and it holds nothing else). */
    private org.hl7.fhir.r4.model.Condition onlyExportedCondition(SinceCase c) throws InterruptedException {
        var manifest = manifest("admin", kickOff("admin", "/fhir/Group/" + c.clinic() + "/$export?_since=" + c.since()));
        assertThat(manifest.get("output").size()).isEqualTo(1);
        var output = manifest.get("output").get(0);
        assertThat(output.get("type").asString()).isEqualTo("Condition");
        assertThat(output.get("count").asInt()).isEqualTo(1);
        var line = http.get("admin", path(output.get("url").asString())).body().strip();
        var exported = (org.hl7.fhir.r4.model.Condition) SyntheaBundles.CTX.newJsonParser().parseResource(line);
        assertThat(exported.getIdElement().getIdPart()).isEqualTo(c.condition().toString());
        return exported;
    }

    @Test
    void withSinceOnlyWhatChangedSinceThenIsExported() throws Exception {
        // one condition resolved after _since: the patient's other conditions, medications and the Patient are not
        var exported = onlyExportedCondition(conditionChangedAfterSince("resolve", "{\"date\":\"2026-01-15\"}"));

        assertThat(exported.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
    }

    @Test
    void withSinceAnEntryVoidedSinceThenIsExportedAsEnteredInError() throws Exception {
        var c = conditionChangedAfterSince("void", "{\"reason\":\"entered on the wrong chart\"}");

        var exported = onlyExportedCondition(c);

        assertThat(exported.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        assertThat(exported.hasClinicalStatus()).isFalse();
        assertThat(exported.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
    }

    @Test
    void onlyTheAskedTypesAreExported() throws Exception {
        var clinic = clinicWithPei();
        var manifest = manifest("admin", kickOff("admin", "/fhir/Group/" + clinic + "/$export?_type=Condition"));

        assertThat(manifest.get("output").size()).isEqualTo(1);
        assertThat(manifest.get("output").get(0).get("type").asString()).isEqualTo("Condition");
        assertThat(manifest.get("output").get(0).get("count").asInt()).isEqualTo(3);
    }

    @Test
    void aKickOffWithoutPreferRespondAsyncIsRefused() {
        var r = http.get("admin", "/fhir/Patient/$export");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("OperationOutcome").contains("respond-async");
    }

    @Test
    void aClinicianMayNotExportAnotherClinicNorAResearcherAnything() {
        var other = clinicWithPei();

        var clinician = http.get("clinician", "/fhir/Group/" + other + "/$export", "Prefer", "respond-async");
        assertThat(clinician.statusCode()).isEqualTo(403);
        assertThat(clinician.body()).contains("OperationOutcome");
        var researcher = http.get("researcher", "/fhir/Patient/$export", "Prefer", "respond-async");
        assertThat(researcher.statusCode()).isEqualTo(403);
    }

    @Test
    void aJobIsPolledOnlyByWhoAskedAndADeletedJobIsGone() throws Exception {
        var clinic = clinicWithPei();
        var status = kickOff("admin", "/fhir/Group/" + clinic + "/$export");

        assertThat(http.get("clinician", status).statusCode()).isEqualTo(404);
        assertThat(http.delete("admin", status).statusCode()).isEqualTo(202);
        assertThat(http.get("admin", status).statusCode()).isEqualTo(404);
    }

    @Test
    void aClinicianExportsTheirOwnClinic() throws Exception {
        var manifest = manifest("clinician", kickOff("clinician", "/fhir/Patient/$export?_type=Patient"));

        var file = http.get("clinician", path(manifest.get("output").get(0).get("url").asString()));
        for (var line : file.body().strip().split("\n")) {
            var patient = (org.hl7.fhir.r4.model.Patient) SyntheaBundles.CTX.newJsonParser().parseResource(line);
            // every patient is the clinician's clinic's (MAD): the MRN system names the clinic
            assertThat(patient.getManagingOrganization().getReference())
                    .isEqualTo("Group/" + clinics.clinics().stream().filter(c -> c.code().equals("MAD"))
                            .findFirst().orElseThrow().id());
        }
    }
}
