package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.prolotrack.consent.Consents;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Role;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Lakeside patient with an active right-knee series, one signed session and a booked follow-up, built once
 * through the REST API as the clinician would; the FHIR tests read it back. Shared by the per-resource tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FhirCareRecordTests {

    static final String JSON = "application/json";

    /** What the fixture made (static: built once per JVM, the context is cached). */
    record Care(UUID patient, UUID plan, UUID note, UUID appointment, OffsetDateTime appointmentStart,
                String otherClinician) { }

    private static Care care;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Consents consents;
    @Autowired Accounts accounts;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    Care care() {
        synchronized (FhirCareRecordTests.class) {
            if (care == null) {
                care = build();
            }
            return care;
        }
    }

    private String ok(java.net.http.HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return r.body();
    }

    private String post(String path, String json) {
        return ok(http.post("clinician", path, json, JSON));
    }

    private java.net.http.HttpResponse<String> put(String path, String json) {
        var auth = java.util.Base64.getEncoder().encodeToString(("clinician:" + FhirHttp.PASSWORD).getBytes());
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + auth)
                    .header("Content-Type", JSON).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Care build() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var patient = TestPatients.register(jdbc, "Fhir-" + suffix, new BigDecimal("70"));
        UUID plan = UUID.fromString(JsonPath.read(post("/api/patients/" + patient + "/plans",
                "{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}"), "$.id"));
        String screening = JsonPath.read(post("/api/patients/" + patient + "/screenings", "{\"planId\":\"" + plan + "\"}"), "$.id");
        post("/api/patients/" + patient + "/screenings/" + screening + "/decision",
                "{\"decision\":\"PROCEED\",\"reason\":\"Right knee OA, physical therapy failed; reviewed.\"}");
        TestPatients.consent(consents, plan);
        post("/api/plans/" + plan + "/activate", "{}");

        UUID note = UUID.fromString(JsonPath.read(post("/api/patients/" + patient + "/notes",
                "{\"planId\":\"" + plan + "\",\"performedOn\":\"" + LocalDate.now() + "\"}"), "$.id"));
        ok(put("/api/notes/" + note, NOTE_HEADER));
        post("/api/notes/" + note + "/injections", injection("knee-ia", "RIGHT"));
        ok(put("/api/notes/" + note + "/day-check", TestPatients.CLEAR_DAY_CHECK));
        post("/api/notes/" + note + "/sign", "{}");

        var clinic = TestPatients.madisonClinic(jdbc);
        // a follow-up on a weekday some years ahead, on a random day so that parallel runs rarely meet
        var day = OffsetDateTime.of(2031, 1, 6, 0, 0, 0, 0, ZoneOffset.UTC).plusWeeks(new java.util.Random().nextInt(400));
        var slots = ok(http.get("clinician", "/api/clinics/" + clinic + "/slots?type=EVALUATION&from=" + day
                + "&to=" + day.plusDays(5) + "&limit=1"));
        String provider = JsonPath.read(slots, "$[0].providerId");
        String room = JsonPath.read(slots, "$[0].roomId");
        String start = JsonPath.read(slots, "$[0].start");
        UUID appointment = UUID.fromString(JsonPath.read(post("/api/appointments",
                "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + provider + "\",\"roomId\":\"" + room
                        + "\",\"type\":\"EVALUATION\",\"start\":\"" + start + "\"}"), "$.id"));

        var boulder = jdbc.sql("select id from clinic where code = 'BLD'").query(UUID.class).single();
        var other = "clinician-bld-" + suffix;
        accounts.create(new Accounts.NewAccount(other, FhirHttp.PASSWORD, "Test " + other, Role.CLINICIAN, boulder,
                null, null, null));
        return new Care(patient, plan, note, appointment, OffsetDateTime.parse(start), other);
    }

    static final String NOTE_HEADER = """
            {"anticoagulantStatus":"NONE","allergiesReviewed":true,"painBefore":6,"anesthesia":"lidocaine in the syringe",
             "sedation":"NONE","visitStart":"2026-03-02T15:00:00Z","visitEnd":"2026-03-02T15:40:00Z",
             "injectingStart":"2026-03-02T15:10:00Z","injectingEnd":"2026-03-02T15:25:00Z",
             "complications":"none","painAfter":3,"aftercareGiven":true}""";

    static String injection(String site, String laterality) {
        var expiry = LocalDate.now().plusYears(1);
        return """
                {"siteId":"%s","laterality":"%s","guidance":"ULTRASOUND","volumeInjectedMl":6,"needle":"25G 1.5in",
                 "syringe":{"finalVolumeMl":6,"dextrose":{"stockPercent":50,"finalPercent":15},
                            "anesthetic":{"agent":"lidocaine","stockPercent":1,"finalPercent":0.2},"diluent":"normal-saline"},
                 "lots":[{"stockId":"dextrose-50","lotNumber":"D50-7781","expiry":"%s"},
                         {"stockId":"lidocaine-1","lotNumber":"LD-221","expiry":"%s"},
                         {"stockId":"normal-saline","lotNumber":"NS-9","expiry":"%s"}]}"""
                .formatted(site, laterality, expiry, expiry, expiry);
    }

    <T extends IBaseResource> T read(String user, String path, Class<T> type) {
        var r = http.get(user, path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return SyntheaBundles.CTX.newJsonParser().parseResource(type, r.body());
    }

    Bundle search(String user, String path) {
        return read(user, path, Bundle.class);
    }

    /** The answer is a 404 with an OperationOutcome, in the same words for absent and forbidden. */
    void notFound(String user, String path) {
        var r = http.get(user, path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        SyntheaBundles.CTX.newJsonParser().parseResource(OperationOutcome.class, r.body());
    }

    String xml(String user, String path) {
        var r = http.get(user, path, "Accept", "application/fhir+xml");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    boolean listedInTheCapabilityStatement(String type) {
        var cs = read(null, "/fhir/metadata", CapabilityStatement.class);
        return cs.getRestFirstRep().getResource().stream().anyMatch(r -> type.equals(r.getType())
                && r.getInteraction().stream().anyMatch(i -> "read".equals(i.getCode().toCode()))
                && r.getSearchParam().stream().anyMatch(p -> "patient".equals(p.getName())));
    }
}
