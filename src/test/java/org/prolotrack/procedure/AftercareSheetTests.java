package org.prolotrack.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
class AftercareSheetTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired org.prolotrack.consent.Consents consents;

    private String call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b.with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    private String lastPlan;

    private String signedNote() throws Exception {
        UUID patient = TestPatients.register(jdbc, "Aftercare", new BigDecimal("70"));
        String plan = JsonPath.read(call(post("/api/patients/{id}/plans", patient)
                .content("{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}")), "$.id");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        call(post("/api/plans/{id}/activate", plan));
        lastPlan = plan;
        String note = JsonPath.read(call(post("/api/patients/{id}/notes", patient)
                .content("{\"planId\":\"" + plan + "\",\"performedOn\":\"" + LocalDate.now() + "\"}")), "$.id");
        call(put("/api/notes/{id}", note).content(NoteApiTests.HEADER));
        call(post("/api/notes/{id}/injections", note).content(NoteApiTests.injection("knee-ia", "RIGHT", "6", "0.2")));
        TestPatients.clearDayCheck(mvc, note);
        call(post("/api/notes/{id}/sign", note));
        return note;
    }

    @Test
    void theAftercarePdfTellsThePatientWhenToCallTheClinic() throws Exception {
        var note = signedNote();
        var bytes = mvc.perform(get("/api/notes/{id}/aftercare.pdf", note).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var pdf = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Call the clinic right away")
                .contains("new pain, or pain that keeps getting worse")
                .contains("swelling").contains("discoloration").contains("a rash or hives").contains("fever")
                .contains("Soreness").contains("several days")
                .contains("Avoid strenuous activity")
                .contains("from 2 weeks before until 4 weeks after") // the default NSAID advice (doctorclark.com)
                .contains("Knee joint (intra-articular) (right)")
                .contains("Lakeside Regenerative Medicine");
    }

    @Test
    void theSheetTellsThePatientWhenTheNextSessionIsDueCountedFromToday() throws Exception {
        var note = signedNote();
        var plan = call(get("/api/plans/{id}", lastPlan));
        int min = JsonPath.read(plan, "$.window.minDays");
        int max = JsonPath.read(plan, "$.window.maxDays");
        var format = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

        var html = mvc.perform(get("/api/notes/{id}/aftercare", note).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(html).contains("Your next session is due between <strong>"
                + LocalDate.now().plusDays(min).format(format) + "</strong> and <strong>"
                + LocalDate.now().plusDays(max).format(format) + "</strong>");
    }

    @Test
    void aSeriesStoppedAfterTheSessionNoLongerPromisesANextOne() throws Exception {
        var note = signedNote();
        call(post("/api/plans/{id}/stop", lastPlan).content("{\"reason\":\"PATIENT_CHOICE\",\"note\":\"moving away\"}"));

        var html = mvc.perform(get("/api/notes/{id}/aftercare", note).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("Your next session").doesNotContain("last planned session")
                .contains("Call the clinic right away");
    }

    @Test
    void theHtmlSheetIsWellFormedXhtml() throws Exception {
        var note = signedNote();
        var html = mvc.perform(get("/api/notes/{id}/aftercare", note).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    }
}
