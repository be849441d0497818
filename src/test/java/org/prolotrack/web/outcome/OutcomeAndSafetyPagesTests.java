package org.prolotrack.web.outcome;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class OutcomeAndSafetyPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void theScoringApiAnswersWithScoresOrAProblemSayingWhyThereIsNone() throws Exception {
        // ODI 1+2+3+1+2+2+1+1+2+1 = 16 of 50 -> 32
        mvc.perform(post("/api/instruments/ODI/score").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[1,2,3,1,2,2,1,1,2,1]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scores.index").value(32));
        mvc.perform(post("/api/instruments/ODI/score").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[1,2,3,1,2,2,1,null,null,1]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("2 of 10")));
        mvc.perform(post("/api/instruments/ODI/score").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[1,2]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/instruments/KOOS/score").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[1]}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/instruments").with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(7));
    }

    @Test
    void staffTypeInAPaperFormAndSeeItScoredInTheOutcomesPanel() throws Exception {
        var patient = TestPatients.register(jdbc, "Paper" + UUID.randomUUID().toString().substring(0, 6), null);
        // QuickDASH with one item blank: sum 26 over 10 answered -> (2.6 - 1) x 25 = 40
        var request = post("/patients/{id}/panels/outcomes/paper", patient).with(as("staff")).with(csrf())
                .param("instrument", "QUICKDASH").param("collectedOn", "2026-01-15");
        int[] answers = {3, 3, 2, 4, 1, 3, 2, 3, 3, 2};
        for (int i = 0; i < answers.length; i++) {
            request.param("a" + i, String.valueOf(answers[i]));
        }
        request.param("a10", "");
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("disability 40")));
        mvc.perform(get("/patients/{id}/panels/outcomes", patient).with(as("clinician")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("outcome-chart")));
    }

    @Test
    void aSideEffectWithoutSeverityIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        var patient = TestPatients.register(jdbc, "Safety" + UUID.randomUUID().toString().substring(0, 6), null);
        mvc.perform(post("/patients/{id}/panels/safety/adverse-events", patient).with(as("clinician")).with(csrf())
                        .param("catalogueCode", "BRUISING").param("relatedness", "RELATED").param("onsetOn", "2026-02-03")
                        .param("description", "Bruise 3 cm at the medial knee"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the severity.")))
                .andExpect(content().string(containsString("Bruise 3 cm at the medial knee")));
        mvc.perform(post("/patients/{id}/panels/safety/adverse-events", patient).with(as("clinician")).with(csrf())
                        .param("catalogueCode", "BRUISING").param("severity", "MILD").param("relatedness", "RELATED")
                        .param("onsetOn", "2026-02-03").param("description", "Bruise 3 cm at the medial knee"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/patients/{id}/adverse-events", patient).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(jsonPath("$[0].catalogueName").value("Bruising"))
                .andExpect(jsonPath("$[0].severity").value("MILD"))
                .andExpect(jsonPath("$[0].serious").value(false));
    }

    @Test
    void theInboxOpensForClinicStaffAndAnotherClinicsPatientStaysHidden() throws Exception {
        mvc.perform(get("/inbox").with(as("staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Red-flag alerts")));
        var boulder = jdbc.sql("select id from clinic where code = 'BLD'").query(UUID.class).single();
        var other = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, created_at, created_by,
                    changed_at, changed_by)
                values (:id, :c, :mrn, 'Other', 'Clinic', date '1970-01-01', 'MALE', current_timestamp, 'test',
                    current_timestamp, 'test')""").param("id", other).param("c", boulder)
                .param("mrn", "B-" + other.toString().substring(0, 8)).update();
        mvc.perform(get("/patients/{id}/panels/outcomes", other).with(as("clinician"))).andExpect(status().isNotFound());
        mvc.perform(get("/patients/{id}/panels/safety", other).with(as("clinician"))).andExpect(status().isNotFound());
    }
}
