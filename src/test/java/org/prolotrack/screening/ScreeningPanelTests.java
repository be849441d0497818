package org.prolotrack.screening;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningPanelTests {

    @Autowired MockMvc mvc;
    @Autowired TestPatientRows rows;
    @Autowired UserDetailsService userDetails;

    @Test
    void theChartPanelRunsAScreeningShowsFindingsBySeverityAndInsistsOnAReasonToOverride() throws Exception {
        var p = rows.patient(true);
        var clinician = user(userDetails.loadUserByUsername("clinician"));
        mvc.perform(get("/patients/{id}/panels/screening", p).with(clinician))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No screening yet.")));
        // no site chosen yet: an anticoagulant counts as a contraindication until the site's bleeding risk is known
        // (at a knee alone, a low-bleeding-risk site, it would be a caution)
        var html = mvc.perform(post("/patients/{id}/panels/screening", p).with(clinician).with(csrf())
                        .param("region", "").param("laterality", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CONTRAINDICATED")))
                .andExpect(content().string(containsString("Contraindications")))
                .andExpect(content().string(containsString("warfarin sodium 5 MG Oral Tablet, active since 2025-03-02")))
                .andExpect(content().string(containsString("Evidence: Knee osteoarthritis")))
                .andReturn().getResponse().getContentAsString();
        var sid = html.replaceAll("(?s).*panels/screening/([0-9a-f-]{36})/decision.*", "$1");
        mvc.perform(post("/patients/{id}/panels/screening/{sid}/decision", p, sid).with(clinician).with(csrf())
                        .param("decision", "PROCEED").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Proceeding despite a contraindication needs a written reason.")));
        mvc.perform(post("/patients/{id}/panels/screening/{sid}/decision", p, sid).with(clinician).with(csrf())
                        .param("decision", "DO_NOT_PROCEED").param("reason", "Anticoagulated"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DO NOT PROCEED")));
    }
}
