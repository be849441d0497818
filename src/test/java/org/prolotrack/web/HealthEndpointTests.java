package org.prolotrack.web;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Monitors and load balancers read liveness and readiness without signing in; only admins see the components. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthEndpointTests {

    @Autowired MockMvc mvc;

    @Test
    void aMonitorReadsLivenessAndReadinessWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$", not(hasKey("components"))));
    }

    @Test
    void readinessIncludesTheDatabaseForAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "prolotrack-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
    }

    @Test
    void aClinicianSeesNoComponents() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", not(hasKey("components"))));
    }

    @Test
    void noOtherActuatorEndpointIsServed() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/beans").with(httpBasic("admin", "prolotrack-demo")))
                .andExpect(status().is4xxClientError());
    }
}
