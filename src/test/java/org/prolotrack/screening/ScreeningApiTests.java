package org.prolotrack.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.patient.PatientFactsChanged;
import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.plan.TreatmentPlanView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningApiTests {

    static final String PASSWORD = "prolotrack-demo";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Screenings screenings;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired java.util.List<PlanActivationGuard> guards;
    @Autowired TestPatientRows rows;

    UUID patient(boolean onWarfarin) {
        return rows.patient(onWarfarin);
    }

    String screen(UUID patient, String body) throws Exception {
        var request = post("/api/patients/{id}/screenings", patient).with(httpBasic("clinician", PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var json = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(json).get("id").asString();
    }

    /** The release label the knowledge ships with, read from the file a release bumps. */
    private static String releaseLabel() throws java.io.IOException {
        try (var in = ScreeningApiTests.class.getResourceAsStream("/knowledge/release.json")) {
            return JsonMapper.builder().build().readTree(in).get("version").asString();
        }
    }

    @Test
    void anEmptyBodyScreensTheDefaultFormulationAndStoresTheKnowledgeVersion() throws Exception {
        var p = patient(true);
        mvc.perform(post("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("CONTRAINDICATED"))
                .andExpect(jsonPath("$.plannedCourse.agents[0]").value("dextrose"))
                .andExpect(jsonPath("$.plannedCourse.agents[1]").value("lidocaine"))
                .andExpect(jsonPath("$.knowledgeVersion").value(org.hamcrest.Matchers.matchesPattern(
                        java.util.regex.Pattern.quote(releaseLabel()) + "\\+[0-9a-f]{10}")))
                .andExpect(jsonPath("$.findings[0].ruleId").value("ANTICOAGULANT_THERAPY"))
                .andExpect(jsonPath("$.findings[0].fact").value("warfarin sodium 5 MG Oral Tablet, active since 2025-03-02"));
        mvc.perform(get("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].findings[0].severity").value("ABSOLUTE"));
    }

    @Test
    void aLeftKneeOaPatientWithoutContraindicationsIsEligibleForALeftKneeSeries() throws Exception {
        var p = patient(false);
        mvc.perform(post("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sites\":[{\"region\":\"knee\",\"laterality\":\"LEFT\"}],\"agents\":[\"dextrose\",\"lidocaine\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("ELIGIBLE"))
                .andExpect(jsonPath("$.indications[0].evidenceGrade").value(org.hamcrest.Matchers.startsWith("SORT B")));
    }

    @Test
    void proceedingDespiteAContraindicationNeedsAWrittenReason() throws Exception {
        var p = patient(true);
        var sid = screen(p, null);
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"PROCEED\",\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("Proceeding despite a contraindication needs a written reason."));
        assertThat(screenings.currentDecision(p)).isEmpty();

        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"PROCEED\",\"reason\":\"Warfarin paused by cardiology for 5 days; INR 1.1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("PROCEED"))
                .andExpect(jsonPath("$.decidedBy").value("clinician"));
        assertThat(screenings.hasCurrentProceedDecision(p)).isTrue();

        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"DO_NOT_PROCEED\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aDecisionWithoutAChoiceIsAFieldError() throws Exception {
        var p = patient(false);
        var sid = screen(p, null);
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"fine\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.decision").exists());
    }

    @Test
    void unknownAgentsSitesAndMalformedBodiesAreBadRequests() throws Exception {
        var p = patient(false);
        for (var body : new String[] {"{\"agents\":[\"botox\"]}", "{\"sites\":[{\"region\":\"elbowknee\"}]}",
                "{\"sites\":[{\"region\":\"knee\",\"laterality\":\"UP\"}]}", "{\"sites\":[{\"region\":\"\"}]}", "{not json"}) {
            mvc.perform(post("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
    }

    @Test
    void staffMayScreenButOnlyAClinicianDecides() throws Exception {
        var p = patient(false);
        var sid = screen(p, null);
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("staff", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"PROCEED\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPatientOfAnotherClinicIsNotFound() throws Exception {
        var p = patient(false);
        jdbc.sql("update patient set clinic_id = (select id from clinic where code = 'BLD') where id = :id").param("id", p).update();
        mvc.perform(post("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aChangeToTheMedicationListMakesEarlierScreeningsStaleAndBlocksActivation() throws Exception {
        var p = patient(false);
        var sid = screen(p, null);
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", p, sid).with(httpBasic("clinician", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"PROCEED\"}"))
                .andExpect(status().isOk());
        var plan = planOf(p);
        assertThat(guards).anySatisfy(g -> assertThat(g.missingFor(plan)).isEmpty());

        tx.executeWithoutResult(s -> events.publishEvent(new PatientFactsChanged(p, PatientFactsChanged.What.MEDICATIONS)));
        for (int i = 0; i < 100 && !staleIn(p); i++) {
            Thread.sleep(50);
        }
        assertThat(staleIn(p)).isTrue();
        assertThat(screenings.currentDecision(p)).isEmpty();
        assertThat(guards).anySatisfy(g -> assertThat(g.missingFor(plan)).get().asString().contains("current screening"));
        mvc.perform(get("/api/patients/{id}/screenings", p).with(httpBasic("clinician", PASSWORD)))
                .andExpect(jsonPath("$[0].stale").value(true))
                .andExpect(jsonPath("$[0].staleReason").value("medications changed"));
    }

    private boolean staleIn(UUID p) {
        return jdbc.sql("select count(*) from screening where patient_id = :p and stale").param("p", p)
                .query(Integer.class).single() > 0;
    }

    private static TreatmentPlanView planOf(UUID patient) {
        return new TreatmentPlanView(UUID.randomUUID(), patient, null, null, "M17.12", "Knee OA", "p", "p",
                TreatmentPlanView.Status.DRAFT, 3, 28, 42, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                0, null, 90, 3, null, null, null);
    }
}
