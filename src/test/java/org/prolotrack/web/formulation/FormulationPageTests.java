package org.prolotrack.web.formulation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FormulationPageTests {

    @Autowired MockMvc mvc;

    @Test
    void thePageOpensWithAWorkedExample() throws Exception {
        mvc.perform(get("/formulation").with(user("clinician").roles("CLINICIAN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Formulation calculator")))
                .andExpect(content().string(containsString("20.0 mg")));
    }

    @Test
    void theResultFollowsTheFormAndRefusalsSayWhy() throws Exception {
        mvc.perform(post("/formulation/calculate").with(user("clinician").roles("CLINICIAN")).with(csrf())
                        .param("finalVolumeMl", "6").param("dextrosePercent", "25").param("anestheticStock", "none")
                        .param("diluent", "normal-saline"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25 %")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/formulation/calculate").with(user("clinician").roles("CLINICIAN")).with(csrf())
                        .param("finalVolumeMl", "10").param("dextrosePercent", "70").param("anestheticStock", "none")
                        .param("diluent", "normal-saline"))
                .andExpect(content().string(containsString("cannot be made from a 50% stock")));
        mvc.perform(post("/formulation/calculate").with(user("clinician").roles("CLINICIAN")).with(csrf())
                        .param("finalVolumeMl", "").param("dextrosePercent", "15").param("anestheticStock", "none"))
                .andExpect(content().string(containsString("Enter the final volume.")))
                .andExpect(content().string(containsString("hx-swap-oob")));
    }
}
