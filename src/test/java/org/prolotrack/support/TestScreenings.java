package org.prolotrack.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A series may be activated only after a current screening decided "proceed": tests that activate a series
 * first screen the patient and record that decision through the screening API, as a clinician would.
 */
public final class TestScreenings {

    private TestScreenings() {
    }

    public static void screenedToProceed(MockMvc mvc, UUID patientId) throws Exception {
        String body = mvc.perform(post("/api/patients/{id}/screenings", patientId)
                        .with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String screeningId = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", patientId, screeningId)
                        .with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"PROCEED\",\"reason\":\"Test series: screening reviewed by the clinician\"}"))
                .andExpect(status().isOk());
    }
}
