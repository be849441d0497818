package org.prolotrack.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SeriesPanelBookingTests {

    @Autowired MockMvc mvc;
    @Autowired SchedulingFixtures fixtures;
    @Autowired SeriesBooking series;
    @Autowired UserDetailsService accounts;

    @Test
    void staffProposeTheRemainingSessionsInTheChartAndBookThemWithOneClick() throws Exception {
        var c = fixtures.clinic(1);
        var patient = fixtures.patient(c.id(), null);
        var plan = fixtures.activePlan(patient, c.providers().get(0), 3, false);
        var admin = user(accounts.loadUserByUsername("admin"));

        var proposed = mvc.perform(post("/patients/{id}/panels/series/{plan}/proposal", patient, plan.id())
                        .with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(proposed).contains("Proposed sessions", "Book these sessions");
        assertThat(series.sessionsOf(plan.id())).isEmpty();

        var booked = mvc.perform(post("/patients/{id}/panels/series/{plan}/confirm", patient, plan.id())
                        .with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(booked).contains("Booked 3 sessions.");
        assertThat(series.sessionsOf(plan.id())).hasSize(3);
    }

    @Test
    void aSeriesOfAnotherPatientCannotBeProposedFromThisChart() throws Exception {
        var c = fixtures.clinic(1);
        var patient = fixtures.patient(c.id(), null);
        var other = fixtures.patient(c.id(), null);
        var plan = fixtures.activePlan(other, c.providers().get(0), 3, false);

        mvc.perform(post("/patients/{id}/panels/series/{plan}/proposal", patient, plan.id())
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
