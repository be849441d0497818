package org.prolotrack.plan.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlanPanelTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;

    @Test
    void aClinicianCreatesASeriesInThePanelAndSeesWhatActivationStillNeeds() throws Exception {
        var clinician = accounts.loadUserByUsername("clinician");
        var patient = TestPatients.register(jdbc, "Panel", new BigDecimal("70"));
        mvc.perform(get("/patients/{id}/panels/plan", patient).with(user(clinician)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No treatment series yet.")))
                .andExpect(content().string(containsString("Knee osteoarthritis (Rabago 2013)")));

        mvc.perform(post("/patients/{id}/plans", patient).with(user(clinician)).with(csrf())
                        .param("protocolId", "knee-oa-rabago-2013").param("indicationCode", "M77.11").param("laterality", "RIGHT"))
                .andExpect(content().string(allOf(containsString("field-error"), containsString("M17 (Osteoarthritis of knee)"),
                        containsString("value=\"M77.11\""))));

        var html = mvc.perform(post("/patients/{id}/plans", patient).with(user(clinician)).with(csrf())
                        .param("protocolId", "knee-oa-rabago-2013").param("indicationCode", "M17.11").param("laterality", "RIGHT"))
                .andExpect(content().string(allOf(containsString("0 of 3"), containsString("draft"))))
                .andReturn().getResponse().getContentAsString();
        var planId = html.replaceAll("(?s).*id=\"plan-([0-9a-f-]{36})\".*", "$1");

        mvc.perform(post("/plans/{id}/activate", planId).with(user(clinician)).with(csrf()))
                .andExpect(content().string(allOf(containsString("Cannot activate yet"),
                        containsString("a screening of this series decided proceed"))));
    }
}
