package org.prolotrack.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

    private static final String PASSWORD = "prolotrack-demo";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired org.prolotrack.consent.Consents consents;

    private String createKneePlan(UUID patient) throws Exception {
        var body = mvc.perform(post("/api/patients/{id}/plans", patient).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.sessions.planned").value(3))
                .andExpect(jsonPath("$.sessions.done").value(0))
                .andExpect(jsonPath("$.window.minDays").value(28))
                .andExpect(jsonPath("$.window.maxDays").value(42))
                .andExpect(jsonPath("$.targets[0].siteId").value("knee-ia"))
                .andExpect(jsonPath("$.targets[0].volumeMl").value(6.0))
                .andExpect(jsonPath("$.targets[0].dextrosePercent").value(25))
                .andExpect(jsonPath("$.targets[1].dextrosePercent").value(15))
                .andExpect(jsonPath("$.targets[0].laterality").value("RIGHT"))
                .andExpect(jsonPath("$.knowledgeVersion").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void protocolsListTheRabagoKneeSeriesWithItsSource() throws Exception {
        mvc.perform(get("/api/protocols").with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='knee-oa-rabago-2013')].scheduleWeeks[*]", hasItem(9)))
                .andExpect(jsonPath("$[?(@.id=='knee-oa-rabago-2013')].source", hasItem(containsString("Rabago 2013"))))
                .andExpect(jsonPath("$[?(@.id=='si-joint-fluoro')].targets[0].siteId", hasItem("si-joint")));
    }

    @Test
    void aClinicianBuildsAKneeSeriesAndActivatesIt() throws Exception {
        var patient = TestPatients.register(jdbc, "Series", new BigDecimal("70"));
        var plan = createKneePlan(patient);
        mvc.perform(post("/api/plans/{id}/activate", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("a screening of this series decided proceed")));
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));

        mvc.perform(post("/api/plans/{id}/activate", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.nextDue.from").isNotEmpty());

        mvc.perform(post("/api/plans/{id}/activate", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("active cannot be activated")));

        mvc.perform(post("/api/plans/{id}/stop", plan).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"PATIENT_CHOICE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"))
                .andExpect(jsonPath("$.stopReason").value("PATIENT_CHOICE"));
    }

    @Test
    void activationIsRefusedNamingWhatIsMissing() throws Exception {
        var patient = TestPatients.register(jdbc, "Refused", new BigDecimal("70"));
        var plan = createKneePlan(patient);
        TestPatients.screenToProceed(mvc, patient, plan);
        // screened and decided, but not consented: the consent is the one thing named
        mvc.perform(post("/api/plans/{id}/activate", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("no signed consent for this series")))
                .andExpect(jsonPath("$.missing", org.hamcrest.Matchers.contains(
                        containsString("no signed consent for this series"))));
        mvc.perform(get("/api/plans/{id}", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void aProtocolIsRefusedForAnIndicationItDoesNotList() throws Exception {
        var patient = TestPatients.register(jdbc, "Mismatch", new BigDecimal("70"));
        mvc.perform(post("/api/patients/{id}/plans", patient).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicationCode\":\"M77.11\",\"protocolId\":\"knee-oa-rabago-2013\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("M17")));
    }

    @Test
    void completingADraftIsAConflict() throws Exception {
        var patient = TestPatients.register(jdbc, "Draft", new BigDecimal("70"));
        var plan = createKneePlan(patient);
        mvc.perform(post("/api/plans/{id}/complete", plan).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherClinicsClinicianCannotSeeTheSeries() throws Exception {
        var patient = TestPatients.register(jdbc, "Private", new BigDecimal("70"));
        var plan = createKneePlan(patient);
        mvc.perform(get("/api/plans/{id}", plan).with(httpBasic("researcher", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
