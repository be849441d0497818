package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.CdsHooksEhr;
import org.prolotrack.support.CdsHooksEhrRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** CDS Hooks 2.0 security: signed JWTs of registered EHR clients, their fhirServer allow-list, no echoed errors. */
@SpringBootTest
@AutoConfigureMockMvc
class CdsHooksSecurityTests extends CdsHooksEhrRegistered {

    static final String SERVICE = "http://localhost/cds-services/prolotrack-screening";

    @Autowired MockMvc mvc;

    private static String withoutPrefetch(String fhirServer) {
        var r = CdsHooksTests.request("patient-view", null);
        if (fhirServer != null) {
            r.put("fhirServer", fhirServer);
            r.putObject("fhirAuthorization").put("access_token", "ehr-token-42").put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "cds-service");
        }
        return r.toString();
    }

    private static MockHttpServletRequestBuilder call(String body) {
        return post("/cds-services/prolotrack-screening").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String bearer(String jwt) {
        return "Bearer " + jwt;
    }

    @Test
    void anUnsignedCdsHooksCallIsRefused() throws Exception {
        mvc.perform(call(withoutPrefetch(null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        mvc.perform(call(withoutPrefetch(null)).header("Authorization", bearer(CdsHooksEhr.jwtSignedByAStranger(SERVICE))))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenOfAnUnregisteredIssuerForAnotherServiceOrExpiredIsRefused() throws Exception {
        var stranger = CdsHooksEhr.jwt(SERVICE, c -> c.issuer("https://evil.example"));
        var otherService = CdsHooksEhr.jwt("http://localhost/cds-services/prolotrack-screening-order", c -> { });
        var expired = CdsHooksEhr.jwt(SERVICE, c -> c.issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))));
        var noJti = CdsHooksEhr.jwt(SERVICE, c -> c.jwtID(null));
        var tooLong = CdsHooksEhr.jwt(SERVICE, c -> c.expirationTime(Date.from(Instant.now().plusSeconds(3600))));
        for (var jwt : new String[] {stranger, otherService, expired, noJti, tooLong, "not-a-jwt"}) {
            mvc.perform(call(withoutPrefetch(null)).header("Authorization", bearer(jwt)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aReplayedJtiIsRefused() throws Exception {
        var jwt = CdsHooksEhr.jwt(SERVICE, c -> { });
        var body = CdsHooksTests.request("patient-view", CdsHooksTests.prefetchOf("synthea-hypertension-only.json")).toString();
        mvc.perform(call(body).header("Authorization", bearer(jwt))).andExpect(status().isOk());
        mvc.perform(call(body).header("Authorization", bearer(jwt)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aFhirServerOffTheClientsAllowListIsNeverFetched() throws Exception {
        var before = CdsHooksEhr.offListHits();
        mvc.perform(call(withoutPrefetch(CdsHooksEhr.offListFhirServer())).with(CdsHooksEhr.signed()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(call(withoutPrefetch("http://169.254.169.254/latest/meta-data")).with(CdsHooksEhr.signed()))
                .andExpect(status().isForbidden());
        assertThat(CdsHooksEhr.offListHits()).isEqualTo(before);
    }

    @Test
    void connectionErrorsAreNotEchoed() throws Exception {
        var answer = mvc.perform(call(withoutPrefetch(CdsHooksEhr.closedFhirServer())).with(CdsHooksEhr.signed()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContainIgnoringCase("refused").doesNotContainIgnoringCase("exception")
                .doesNotContain("127.0.0.1").doesNotContainIgnoringCase("connect").doesNotContain("HAPI");
    }

    @Test
    void aFhirServerGivenAsAnObjectIsABadRequest() throws Exception {
        var body = CdsHooksTests.request("patient-view", null);
        body.putObject("fhirServer").put("url", CdsHooksEhr.fhirServer());
        mvc.perform(call(body.toString()).with(CdsHooksEhr.signed()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("fhirServer must be a URL (a string)"));
    }

    @Test
    void discoveryNeedsNoToken() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cds-services"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }
}
