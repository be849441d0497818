package org.prolotrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.CdsHooksEhrRegistered;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error in the format of where it happened: problem+json under /api and /cds-services, an OperationOutcome
 * under /fhir, the styled error page elsewhere, with the security headers, even for requests Tomcat or the
 * firewall refuse before any controller sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorFormatTests extends CdsHooksEhrRegistered {

    @LocalServerPort int port;

    private HttpProbe http() {
        return new HttpProbe(port);
    }

    static void assertProblemJson(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isBetween(400, 499);
        assertThat(HttpProbe.contentType(r)).as(r.uri() + " " + r.body()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + r.statusCode());
        assertSecurityHeaders(r);
    }

    static void assertOperationOutcome(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isBetween(400, 499);
        assertThat(HttpProbe.contentType(r)).as(r.uri() + " " + r.body()).startsWith("application/fhir+json");
        assertThat(r.body()).contains("\"resourceType\":\"OperationOutcome\"");
        assertSecurityHeaders(r);
    }

    static void assertErrorPage(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isBetween(400, 499);
        assertThat(HttpProbe.contentType(r)).as(r.uri() + " " + r.body()).startsWith("text/html");
        assertThat(r.body()).contains("/css/prolotrack.css").contains("Back to ProloTrack").doesNotContain("Tomcat")
                .doesNotContain("HTTP Status");
        assertSecurityHeaders(r);
    }

    static void assertSecurityHeaders(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri() + " nosniff").hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.uri() + " CSP").isPresent();
    }

    @Test
    void aNulByteInAnApiPathAnswersProblemJson() {
        assertProblemJson(http().get("/api/patients/%00", "Authorization", HttpProbe.basic("clinician")));
        assertProblemJson(http().get("/api/patients/..%2Fclinics", "Authorization", HttpProbe.basic("clinician")));
        assertProblemJson(http().get("/cds-services/%00"));
    }

    @Test
    void aSemicolonInAnApiPathAnswersProblemJsonWithTheSecurityHeaders() {
        assertProblemJson(http().get("/api/patients/a;b", "Authorization", HttpProbe.basic("clinician")));
        assertProblemJson(http().get("/api/patients/a%25b", "Authorization", HttpProbe.basic("clinician")));
    }

    @Test
    void aNulByteInAFhirPathAnswersAnOperationOutcome() {
        assertOperationOutcome(http().get("/fhir/Patient/%00", "Authorization", HttpProbe.basic("clinician")));
        assertOperationOutcome(http().get("/fhir/Patient/a;b", "Authorization", HttpProbe.basic("clinician")));
        assertOperationOutcome(http().get("/fhir/Patient/..%2F..%2Fmetadata", "Authorization", HttpProbe.basic("clinician")));
    }

    @Test
    void aLongIdAnswersInTheFormatOfItsPlace() {
        var id = "a".repeat(5000);
        assertProblemJson(http().get("/api/patients/" + id, "Authorization", HttpProbe.basic("clinician")));
        assertOperationOutcome(http().get("/fhir/Patient/" + id, "Authorization", HttpProbe.basic("clinician")));
        var apiAnswer = http().get("/api/patients/" + id, "Authorization", HttpProbe.basic("clinician"));
        var detail = tools.jackson.databind.json.JsonMapper.builder().build().readTree(apiAnswer.body()).get("detail").asString();
        assertThat(detail).as("the id is not echoed").doesNotContain("aaaaaaaaaa");
    }

    @Test
    void aBadPagePathAnswersTheStyledErrorPage() {
        assertErrorPage(http().get("/patients/%00", "Accept", "text/html"));
        assertErrorPage(http().get("/patients/a;b", "Accept", "text/html"));
        assertErrorPage(http().get("/q/s/..%2Fx", "Accept", "text/html"));
    }

    @Test
    void anUnknownApiPathIsAProblemAndAnUnknownFhirTypeAnOperationOutcome() {
        assertProblemJson(http().get("/api/no-such-thing", "Authorization", HttpProbe.basic("clinician")));
        assertOperationOutcome(http().get("/fhir/NoSuchType/1", "Authorization", HttpProbe.basic("clinician")));
    }

    @Test
    void aBundleEntryWithANullResourceAnswersAnOperationOutcome() {
        for (var entry : new String[] {"{\"resource\":null}", "{\"resource\":5}", "{\"resource\":\"Patient\"}",
                "{\"resource\":{}}"}) {
            var r = http().send("POST", "/fhir", "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[" + entry + "]}",
                    "Authorization", HttpProbe.basic("clinician"), "Content-Type", "application/fhir+json");
            assertOperationOutcome(r);
        }
    }
}
