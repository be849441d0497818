package org.prolotrack.formulation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FormulationApiTests {

    private static final String EXAMPLE = """
            {"finalVolumeMl":10,"dextrose":{"stockPercent":50,"finalPercent":15},
             "anesthetic":{"agent":"lidocaine","stockPercent":1,"finalPercent":0.2},"diluent":"normal-saline"}""";

    @Autowired MockMvc mvc;

    @Test
    void theIssueExampleIsThreeMillilitresD50TwoLidocaineFiveSaline() throws Exception {
        mvc.perform(post("/api/formulations/calculate").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components[0].name").value("Dextrose 50% (D50)"))
                .andExpect(jsonPath("$.components[0].volumeMl").value(3.0))
                .andExpect(jsonPath("$.components[1].volumeMl").value(2.0))
                .andExpect(jsonPath("$.components[2].volumeMl").value(5.0))
                .andExpect(jsonPath("$.anestheticMg").value(20.0))
                .andExpect(jsonPath("$.osmolarityMosmPerL").value(913.0));
    }

    @Test
    void anImpossibleTargetIsABadRequestThatSaysWhy() throws Exception {
        mvc.perform(post("/api/formulations/calculate").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"finalVolumeMl\":10,\"dextrose\":{\"stockPercent\":50,\"finalPercent\":55}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("cannot be made from a 50% stock")));
    }

    @Test
    void theSessionCheckSumsEverySyringeAgainstTheWeightCap() throws Exception {
        // 15 syringes × 20 mg = 300 mg at 70 kg (cap 300): ok; 16 × 20 = 320 mg: over
        var fifteen = String.join(",", java.util.Collections.nCopies(15, EXAMPLE));
        mvc.perform(post("/api/formulations/session-check").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weightKg\":70,\"syringes\":[" + fifteen + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capMg").value(300.0))
                .andExpect(jsonPath("$.totals[0].mg").value(300.0))
                .andExpect(jsonPath("$.ok").value(true));
        mvc.perform(post("/api/formulations/session-check").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weightKg\":70,\"syringes\":[" + fifteen + "," + EXAMPLE + "]}"))
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.violations[0]", containsString("320")));
        mvc.perform(post("/api/formulations/session-check").with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"syringes\":[" + EXAMPLE + "]}"))
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.violations[0]", containsString("weight is unknown")));
    }

    @Test
    void theCalculatorWarnsOnIntraArticularDextroseAbove25PercentAndRefusesAnUnknownRoute() throws Exception {
        // 6 mL of 30%: 6 × 30 / 50 = 3.6 mL of D50; intra-articular protocols use at most 25% (clinical-reference §1.1)
        var thirty = "{\"finalVolumeMl\":6,\"dextrose\":{\"stockPercent\":50,\"finalPercent\":30},\"diluent\":\"sterile-water\"}";
        mvc.perform(post("/api/formulations/calculate").param("route", "INTRA_ARTICULAR")
                        .with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON).content(thirty))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components[0].volumeMl").value(3.6))
                .andExpect(jsonPath("$.warnings[0]", containsString("25%")));
        mvc.perform(post("/api/formulations/calculate").param("route", "INTRAVENOUS")
                        .with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON).content(thirty))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("No route 'INTRAVENOUS'")));
    }
}
