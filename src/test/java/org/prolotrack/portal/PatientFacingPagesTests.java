package org.prolotrack.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.prolotrack.consent.Consents;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.PersonalLinks;
import org.prolotrack.security.Role;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every page a patient sees (portal, aftercare sheet HTML and PDF, personal-link pages, consent as shown). */
@SpringBootTest
@AutoConfigureMockMvc
class PatientFacingPagesTests {

    /** Internal references, certainty markers and web addresses of other clinics or sites. */
    static final Pattern NOT_FOR_PATIENTS = Pattern.compile(
            "clinical-reference|§|\\[V]|V-2°|UNVERIFIED|\\bcertainty\\b|PubMed|\\bPMC\\d|\\bdoi\\b"
                    + "|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|edu|gov|nz|au|uk|ai|io|us)\\b",
            Pattern.CASE_INSENSITIVE);

    static final String HEADER = """
            {"anticoagulantStatus":"NONE","allergiesReviewed":true,"painBefore":6,"sedation":"NONE",
             "visitStart":"2026-03-02T15:00:00Z","visitEnd":"2026-03-02T15:40:00Z",
             "injectingStart":"2026-03-02T15:10:00Z","injectingEnd":"2026-03-02T15:25:00Z","painAfter":3,"aftercareGiven":true}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired Consents consents;
    @Autowired PersonalLinks links;
    @Autowired OutcomeRecords outcomes;

    private String call(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b.with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (var pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void noPatientPageShowsASourceReferenceOrAnotherClinicsWebsite() throws Exception {
        var patient = TestPatients.register(jdbc, "Pages" + UUID.randomUUID().toString().substring(0, 6), new BigDecimal("70"));
        String plan = JsonPath.read(call(post("/api/patients/{id}/plans", patient)
                .content("{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}")), "$.id");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        call(post("/api/plans/{id}/activate", plan));
        String note = JsonPath.read(call(post("/api/patients/{id}/notes", patient)
                .content("{\"planId\":\"" + plan + "\",\"performedOn\":\"" + LocalDate.now() + "\"}")), "$.id");
        call(put("/api/notes/{id}", note).content(HEADER));
        var expiry = LocalDate.now().plusYears(1);
        call(post("/api/notes/{id}/injections", note).content("""
                {"siteId":"knee-ia","laterality":"RIGHT","volumeInjectedMl":6,
                 "syringe":{"finalVolumeMl":6,"dextrose":{"stockPercent":50,"finalPercent":25},"diluent":"normal-saline"},
                 "lots":[{"stockId":"dextrose-50","lotNumber":"D1","expiry":"%s"},{"stockId":"normal-saline","lotNumber":"N1","expiry":"%s"}]}"""
                .formatted(expiry, expiry)));
        TestPatients.clearDayCheck(mvc, note);
        call(post("/api/notes/{id}/sign", note));
        var username = "pp-" + patient.toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, "a-long-test-password", "Test Pages", Role.PATIENT,
                TestPatients.madisonClinic(jdbc), patient, null, null));
        var me = user(users.loadUserByUsername(username));

        Map<String, String> pages = new LinkedHashMap<>();
        for (var path : new String[] {"/portal", "/portal/panels/aftercare", "/portal/panels/consent",
                "/portal/panels/outcomes", "/portal/panels/appointments", "/portal/aftercare/" + note}) {
            pages.put(path, visibleText(mvc.perform(get(path).with(me)).andReturn().getResponse().getContentAsString()));
        }
        pages.put("aftercare PDF", pdfText(mvc.perform(get("/portal/aftercare/{id}.pdf", note).with(me))
                .andReturn().getResponse().getContentAsByteArray()));
        var signed = jdbc.sql("select id from consent where plan_id = :p").param("p", UUID.fromString(plan)).query(UUID.class).list();
        pages.put("consent PDF", pdfText(mvc.perform(get("/portal/consents/{id}/pdf", signed.getFirst()).with(me))
                .andReturn().getResponse().getContentAsByteArray()));
        var consentToken = consents.issueLink(consents.prepare(UUID.fromString(plan)).id());
        pages.put("consent link", visibleText(mvc.perform(get("/q/s/{t}", consentToken).with(anonymous()))
                .andReturn().getResponse().getContentAsString()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from safety_checkin where procedure_note_id = :n").param("n", UUID.fromString(note))
                .query(Integer.class).single() == 3);
        var checkIns = jdbc.sql("select id from safety_checkin where procedure_note_id = :n order by due_at")
                .param("n", UUID.fromString(note)).query(UUID.class).list();
        var first = links.issue(patient, "check-in", checkIns.get(0), Duration.ofDays(3));
        pages.put("check-in", visibleText(mvc.perform(get("/q/c/{t}", first).with(anonymous()))
                .andReturn().getResponse().getContentAsString()));
        pages.put("check-in received, red flag", visibleText(mvc.perform(post("/q/c/{t}", first).with(anonymous()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("symptoms", "SWELLING"))
                .andReturn().getResponse().getContentAsString()));
        var second = links.issue(patient, "check-in", checkIns.get(1), Duration.ofDays(3));
        pages.put("check-in received, nothing", visibleText(mvc.perform(post("/q/c/{t}", second).with(anonymous()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("painNow", "2"))
                .andReturn().getResponse().getContentAsString()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !jdbc.sql(
                "select id from outcome_collection where patient_id = :p").param("p", patient).query(UUID.class).list().isEmpty());
        var collection = jdbc.sql("select id from outcome_collection where patient_id = :p").param("p", patient)
                .query(UUID.class).list().getFirst();
        pages.put("questionnaire", visibleText(mvc.perform(get("/q/o/{t}", outcomes.issueLink(collection)).with(anonymous()))
                .andReturn().getResponse().getContentAsString()));

        assertThat(pages.get("/portal/aftercare/" + note)).contains("Call the clinic right away")
                .contains("Call 911 or go to the nearest emergency department")
                .contains("Do not stop a prescribed steroid without asking the doctor who prescribed it.");
        assertThat(pages.get("aftercare PDF")).contains("Do not stop a prescribed steroid without asking the doctor who prescribed it.");
        assertThat(pages.get("check-in")).contains("tick all that apply");
        assertThat(pages.get("consent link")).contains("Food and Drug Administration");
        pages.forEach((page, text) -> {
            var m = NOT_FOR_PATIENTS.matcher(text);
            assertThat(m.find() ? m.group() + " in …" + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40)) : null)
                    .as(page).isNull();
        });
    }
}
