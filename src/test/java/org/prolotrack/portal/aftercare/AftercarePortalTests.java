package org.prolotrack.portal.aftercare;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Role;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class AftercarePortalTests {

    static final String HEADER = """
            {"anticoagulantStatus":"NONE","allergiesReviewed":true,"painBefore":6,"sedation":"NONE",
             "visitStart":"2026-03-02T15:00:00Z","visitEnd":"2026-03-02T15:40:00Z",
             "injectingStart":"2026-03-02T15:10:00Z","injectingEnd":"2026-03-02T15:25:00Z","painAfter":3,"aftercareGiven":true}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired org.prolotrack.consent.Consents consents;

    private String call(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b.with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    private String signedSession(UUID patient) throws Exception {
        String plan = JsonPath.read(call(post("/api/patients/{id}/plans", patient)
                .content("{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}")), "$.id");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        call(post("/api/plans/{id}/activate", plan));
        String note = JsonPath.read(call(post("/api/patients/{id}/notes", patient)
                .content("{\"planId\":\"" + plan + "\",\"performedOn\":\"" + LocalDate.now() + "\"}")), "$.id");
        call(put("/api/notes/{id}", note).content(HEADER));
        var expiry = LocalDate.now().plusYears(1);
        call(post("/api/notes/{id}/injections", note).content("""
                {"siteId":"knee-ia","laterality":"RIGHT","volumeInjectedMl":6,
                 "syringe":{"finalVolumeMl":6,"dextrose":{"stockPercent":50,"finalPercent":25},"diluent":"normal-saline"},
                 "lots":[{"stockId":"dextrose-50","lotNumber":"D1","expiry":"%s"},{"stockId":"normal-saline","lotNumber":"N1","expiry":"%s"}]}"""
                .formatted(expiry, expiry)));
        TestPatients.clearDayCheck(mvc, note);
        call(post("/api/notes/{id}/sign", note));
        return note;
    }

    @Test
    void aPatientSeesTheirOwnAftercareSheetsAndNoOneElses() throws Exception {
        var mine = TestPatients.register(jdbc, "Portal", new BigDecimal("64"));
        var other = TestPatients.register(jdbc, "Other", new BigDecimal("64"));
        var myNote = signedSession(mine);
        var otherNote = signedSession(other);
        var username = "pt-" + mine.toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, "a-long-test-password", "Test Portal", Role.PATIENT,
                TestPatients.madisonClinic(jdbc), mine, null, null));
        var me = users.loadUserByUsername(username);

        mvc.perform(get("/portal/panels/aftercare").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(myNote)))
                .andExpect(content().string(not(containsString(otherNote))))
                .andExpect(content().string(containsString("a rash or hives")));
        mvc.perform(get("/portal/aftercare/{id}.pdf", myNote).with(user(me)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/portal/aftercare/{id}.pdf", otherNote).with(user(me)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/aftercare/{id}", otherNote).with(user(me)))
                .andExpect(status().isNotFound());
    }
}
