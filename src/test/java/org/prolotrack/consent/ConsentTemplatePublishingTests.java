package org.prolotrack.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("clinician")
class ConsentTemplatePublishingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Consents consents;
    @Autowired ConsentTemplates templates;
    @Autowired SeriesFixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor clinician() {
        return user(userDetails.loadUserByUsername("clinician"));
    }

    private UUID clinic(String code) {
        return jdbc.sql("select id from clinic where code = :c").param("c", code).query(UUID.class).single();
    }

    /** The current text with one more sentence: keeps every required section (and what other tests read). */
    private ConsentTemplates.NewVersion nextVersionWith(UUID clinic, String sentence) {
        var current = templates.versions(clinic).getFirst();
        return new ConsentTemplates.NewVersion(current.title(), current.body() + "\n" + sentence, current.version());
    }

    @Test
    void aNewVersionIsUsedForNewConsentsWhileASignedConsentKeepsItsVersionHashAndPdf() {
        var mad = clinic("MAD");
        var s1 = fixture.kneeSeries();
        var prepared = consents.prepare(s1.planId());
        var signed = consents.sign(prepared.id(), new Consents.Signature(s1.patientName(), "self", SeriesFixture.drawnSignature()));
        var pdfBefore = SeriesFixture.pdfText(consents.pdf(signed.id()));
        var earlier = templates.versions(mad).getFirst();

        var marker = "Ask us for this form in large print " + UUID.randomUUID() + ".";
        var published = templates.publish(mad, nextVersionWith(mad, marker));

        assertThat(published.version()).isEqualTo(earlier.version() + 1);
        assertThat(published.current()).isTrue();
        assertThat(published.publishedBy()).isEqualTo("clinician");

        var s2 = fixture.kneeSeries();
        var fresh = consents.prepare(s2.planId());
        assertThat(fresh.templateVersion()).isEqualTo(published.version());
        assertThat(fresh.document()).contains(marker);

        var reread = consents.find(signed.id()).orElseThrow();
        assertThat(reread.templateVersion()).isEqualTo(earlier.version());
        assertThat(reread.documentSha256()).isEqualTo(signed.documentSha256());
        assertThat(reread.document()).doesNotContain(marker);
        assertThat(SeriesFixture.pdfText(consents.pdf(signed.id()))).isEqualTo(pdfBefore).doesNotContain(marker);

        var versionsNow = templates.versions(mad);
        var earlierNow = versionsNow.stream().filter(v -> v.version() == earlier.version()).findFirst().orElseThrow();
        assertThat(earlierNow.body()).isEqualTo(earlier.body());
        assertThat(earlierNow.publishedAt()).isEqualTo(earlier.publishedAt());
        assertThat(earlierNow.current()).isFalse();
    }

    @Test
    void aVersionWithoutTheAlternativesOrTheFdaStatementIsRefusedNamingTheMissingSections() throws Exception {
        var mad = clinic("MAD");
        var current = templates.versions(mad).getFirst();
        var body = current.body()
                .replaceAll("(?s)## Other choices.*?(?=## )", "")
                .replaceAll("(?s)## What it is not.*?(?=## )", "");

        mvc.perform(post("/api/clinics/{id}/consent-templates", mad).with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("title", current.title(), "body", body))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.body", allOf(
                        containsString("Alternatives, including doing nothing"),
                        containsString("Not FDA-approved as a treatment; results vary and may be temporary"),
                        not(containsString("Side effects")))));

        assertThat(templates.versions(mad).getFirst().version()).isEqualTo(current.version());
    }

    @Test
    void staffOfAnotherClinicGet404AndStaffMayReadButNotPublish() throws Exception {
        var frontRange = clinic("BLD");
        var mad = clinic("MAD");
        var body = JSON.writeValueAsString(Map.of("title", "x", "body", "y"));

        mvc.perform(get("/api/clinics/{id}/consent-templates", frontRange).with(httpBasic("staff", "prolotrack-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/clinics/{id}/consent-templates", frontRange).with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/clinics/{id}/consent-templates", mad).with(httpBasic("staff", "prolotrack-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].current").value(true));
        mvc.perform(post("/api/clinics/{id}/consent-templates", mad).with(httpBasic("staff", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/clinics/{id}/consent-templates", frontRange).with(httpBasic("admin", "prolotrack-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void thePageListsTheVersionsAndKeepsTheTypedTextNextToTheFieldError() throws Exception {
        var mad = clinic("MAD");
        mvc.perform(get("/consent-templates").with(clinician()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Consent form versions"), containsString("current"),
                        containsString("Publish a new version"), containsString("## What prolotherapy is"))));

        var typed = "## What prolotherapy is\nInjections that start healing. Typed " + UUID.randomUUID();
        mvc.perform(post("/consent-templates").param("clinicId", mad.toString()).with(csrf()).with(clinician())
                        .param("title", "Shortened form").param("body", typed))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("field-error"),
                        containsString("missing required sections"), containsString("Alternatives, including doing nothing"),
                        containsString(typed.substring(typed.indexOf("Typed"))), containsString("Shortened form"))));
    }

    @Test
    void aClinicianPublishesFromThePageAndIsShownTheNewCurrentVersion() throws Exception {
        var mad = clinic("MAD");
        var next = nextVersionWith(mad, "We also offer interpreters.");
        mvc.perform(post("/consent-templates").param("clinicId", mad.toString()).with(csrf()).with(clinician())
                        .param("title", next.title()).param("body", next.body())
                        .param("basedOnVersion", String.valueOf(next.basedOnVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(templates.versions(mad).getFirst().version()).isEqualTo(next.basedOnVersion() + 1);
    }
}
