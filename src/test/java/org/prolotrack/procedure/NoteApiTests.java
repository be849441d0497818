package org.prolotrack.procedure;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class NoteApiTests {

    static final String HEADER = """
            {"anticoagulantStatus":"NONE","allergiesReviewed":true,"painBefore":6,"anesthesia":"lidocaine in the syringe",
             "sedation":"NONE","visitStart":"2026-03-02T15:00:00Z","visitEnd":"2026-03-02T15:40:00Z",
             "injectingStart":"2026-03-02T15:10:00Z","injectingEnd":"2026-03-02T15:25:00Z",
             "complications":"none","painAfter":3,"aftercareGiven":true}""";

    static String injection(String site, String laterality, String finalVolume, String lidoPercent) {
        var expiry = LocalDate.now().plusYears(1);
        return """
                {"siteId":"%s","laterality":"%s","guidance":"ULTRASOUND","volumeInjectedMl":%s,"needle":"25G 1.5in",
                 "syringe":{"finalVolumeMl":%s,"dextrose":{"stockPercent":50,"finalPercent":15},
                            "anesthetic":{"agent":"lidocaine","stockPercent":1,"finalPercent":%s},"diluent":"normal-saline"},
                 "lots":[{"stockId":"dextrose-50","lotNumber":"D50-7781","expiry":"%s"},
                         {"stockId":"lidocaine-1","lotNumber":"LD-221","expiry":"%s"},
                         {"stockId":"normal-saline","lotNumber":"NS-9","expiry":"%s"}]}"""
                .formatted(site, laterality, finalVolume, finalVolume, lidoPercent, expiry, expiry, expiry);
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TreatmentPlans plans;
    @Autowired org.prolotrack.consent.Consents consents;

    private static MockHttpServletRequestBuilder asClinician(MockHttpServletRequestBuilder b) {
        return b.with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(asClinician(b)).andReturn().getResponse().getContentAsString();
    }

    /** A patient of the given weight with an active knee series; returns {patientId, planId}. */
    UUID[] activeSeries(BigDecimal weight) throws Exception {
        var patient = TestPatients.register(jdbc, "Note", weight);
        String plan = JsonPath.read(body(post("/api/patients/{id}/plans", patient)
                .content("{\"indicationCode\":\"M17.11\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"RIGHT\"}")), "$.id");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan))).andExpect(status().isOk());
        return new UUID[] {patient, UUID.fromString(plan)};
    }

    String draftNote(UUID patient, UUID plan) throws Exception {
        String note = JsonPath.read(body(post("/api/patients/{id}/notes", patient)
                .content("{\"planId\":\"" + plan + "\",\"performedOn\":\"" + LocalDate.now() + "\"}")), "$.id");
        mvc.perform(asClinician(put("/api/notes/{id}", note).content(HEADER))).andExpect(status().isOk());
        TestPatients.clearDayCheck(mvc, note);
        return note;
    }

    @Test
    void aSignedNoteCannotBeEditedOnlyAmendedAndItCountsAsASession() throws Exception {
        var ids = activeSeries(new BigDecimal("70"));
        var note = draftNote(ids[0], ids[1]);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "RIGHT", "6", "0.2"))))
                .andExpect(status().isCreated())
                // 6 × 15 / 50 = 1.8 mL D50; 6 × 0.2 / 1 = 1.2 mL lidocaine = 12 mg; saline 3.0 mL
                .andExpect(jsonPath("$.injections[0].recipe").value(
                        "Dextrose 50% (D50) 1.8 mL + Lidocaine 1% (without epinephrine) 1.2 mL + Normal saline (sodium chloride 0.9%) 3.0 mL"))
                .andExpect(jsonPath("$.injections[0].anestheticMg").value(12.0))
                .andExpect(jsonPath("$.injections[0].structureKind").value("JOINT_LARGE"));

        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.sessionNumber").value(1))
                .andExpect(jsonPath("$.anestheticCapMg").value(300.0));

        mvc.perform(asClinician(put("/api/notes/{id}", note).content(HEADER)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("add a signed addendum")));
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-mcl", "RIGHT", "2", "0.2"))))
                .andExpect(status().isConflict());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note))).andExpect(status().isConflict());

        mvc.perform(asClinician(post("/api/notes/{id}/addenda", note)
                        .content("{\"text\":\"Patient called next day: mild soreness only.\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addenda[0].text").value("Patient called next day: mild soreness only."))
                .andExpect(jsonPath("$.addenda[0].signedBy").value("clinician"))
                .andExpect(jsonPath("$.addenda[0].signedAt").isNotEmpty())
                .andExpect(jsonPath("$.painAfter").value(3));

        await().atMost(Duration.ofSeconds(10)).until(() -> plans.find(ids[1]).orElseThrow().sessionsDone() == 1);
        mvc.perform(asClinician(get("/api/plans/{id}", ids[1])))
                .andExpect(jsonPath("$.sessions.done").value(1))
                .andExpect(jsonPath("$.sessions.planned").value(3))
                .andExpect(jsonPath("$.nextDue.from").value(LocalDate.now().plusDays(28).toString()))
                .andExpect(jsonPath("$.nextDue.to").value(LocalDate.now().plusDays(42).toString()));
    }

    @Test
    void signingIsRefusedOverTheAnestheticCapNamingTheTotal() throws Exception {
        // 60 kg → cap 4.5 × 60 = 270 mg. Three 50 mL syringes at 0.2% lidocaine = 3 × 100 mg = 300 mg.
        var ids = activeSeries(new BigDecimal("60"));
        var note = draftNote(ids[0], ids[1]);
        for (int i = 0; i < 3; i++) {
            mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "RIGHT", "50", "0.2"))))
                    .andExpect(status().isCreated());
        }
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("300.0 mg is over the cap of 270 mg")));
        mvc.perform(asClinician(get("/api/notes/{id}", note))).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void anUnknownWeightBlocksSigningWhenAnAnestheticIsUsed() throws Exception {
        var ids = activeSeries(null);
        var note = draftNote(ids[0], ids[1]);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "RIGHT", "6", "0.2"))))
                .andExpect(status().isCreated());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("weight is unknown")));
    }

    @Test
    void anIncompleteNoteNamesEverythingMissing() throws Exception {
        var ids = activeSeries(new BigDecimal("70"));
        String note = JsonPath.read(body(post("/api/patients/{id}/notes", ids[0])
                .content("{\"planId\":\"" + ids[1] + "\"}")), "$.id");
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[?(@ == 'allergies reviewed')]").exists())
                .andExpect(jsonPath("$.missing[?(@ == 'at least one injection')]").exists())
                .andExpect(jsonPath("$.missing[?(@ == 'aftercare given')]").exists());
    }

    @Test
    void anExpiredStockLotIsRefused() throws Exception {
        var ids = activeSeries(new BigDecimal("70"));
        var note = draftNote(ids[0], ids[1]);
        var expired = injection("knee-ia", "RIGHT", "6", "0.2").replaceFirst("\"expiry\":\"[0-9-]+\"", "\"expiry\":\"2020-01-31\"");
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(expired)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("expired on 2020-01-31")));
    }

    @Test
    void timesOutsideTheUsualDurationsAreFlaggedNotBlocked() throws Exception {
        var ids = activeSeries(new BigDecimal("70"));
        var note = draftNote(ids[0], ids[1]);
        var longVisit = HEADER.replace("15:40:00Z", "16:30:00Z").replace("15:25:00Z", "15:15:00Z");
        // visit 15:00–16:30 = 90 min (usual 30–60); injecting 15:10–15:15 = 5 min (usual 10–20)
        mvc.perform(asClinician(put("/api/notes/{id}", note).content(longVisit)))
                .andExpect(jsonPath("$.timeFlags[0]", containsString("90 min")))
                .andExpect(jsonPath("$.timeFlags[1]", containsString("5 min")));
    }

    @Test
    void aNoteCannotBeSignedAgainstASeriesThatIsNotActive() throws Exception {
        var patient = TestPatients.register(jdbc, "Draftplan", new BigDecimal("70"));
        String plan = JsonPath.read(body(post("/api/patients/{id}/plans", patient)
                .content("{\"indicationCode\":\"M17.12\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"LEFT\"}")), "$.id");
        var note = draftNote(patient, UUID.fromString(plan));
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "LEFT", "6", "0"))
                .content(injection("knee-ia", "LEFT", "6", "0.2")))).andExpect(status().isCreated());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("an active treatment series")));
    }

    @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void aBilateralInjectionRowWithOneSyringeIsRefused() throws Exception {
        // two knees are two injections (two syringes), billed as two: one row per side
        var ids = activeSeries(new BigDecimal("70"));
        var note = draftNote(ids[0], ids[1]);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "BILATERAL", "6", "0.2"))))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.laterality", containsString("one row per side")));
        mvc.perform(asClinician(get("/api/notes/{id}", note))).andExpect(jsonPath("$.injections.length()").value(0));

        // the note page shows it next to the side field, and keeps what was typed
        var expiry = LocalDate.now().plusYears(1).toString();
        mvc.perform(post("/notes/{id}/injections", note)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(accounts.loadUserByUsername("clinician")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("siteId", "knee-ia").param("laterality", "BILATERAL").param("guidance", "ULTRASOUND")
                        .param("finalVolumeMl", "6").param("dextrosePercent", "15").param("anestheticStock", "lidocaine:1")
                        .param("anestheticPercent", "0.2").param("diluent", "normal-saline").param("volumeInjectedMl", "6")
                        .param("dextroseLot", "D50-1").param("dextroseExpiry", expiry).param("anestheticLot", "LD-1")
                        .param("anestheticExpiry", expiry).param("diluentLot", "NS-1").param("diluentExpiry", expiry))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.matchesPattern("(?s).*id=\"laterality\"[^>]*invalid.*field-error[^>]*>[^<]*one row per side.*")));
        mvc.perform(asClinician(get("/api/notes/{id}", note))).andExpect(jsonPath("$.injections.length()").value(0));

        // left and right as two rows are accepted
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "LEFT", "6", "0.2"))))
                .andExpect(status().isCreated());
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "RIGHT", "6", "0.2"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.injections.length()").value(2));
    }

    @Test
    void aSkinWhealOfLidocaineCountsTowardsTheSessionCap() throws Exception {
        // 60 kg → cap min(4.5 × 60, 300) = 270 mg. Syringes: 50 mL at 0.2% from 1% = 10 mL = 100 mg, twice, and
        // 35 mL at 0.2% = 7 mL = 70 mg: 270 mg, at the cap. A skin wheal of 1 mL lidocaine 1% (10 mg/mL) = 10 mg
        // makes 280 mg: over.
        var ids = activeSeries(new BigDecimal("60"));
        var note = draftNote(ids[0], ids[1]);
        for (var volume : List.of("50", "50", "35")) {
            mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(injection("knee-ia", "RIGHT", volume, "0.2"))))
                    .andExpect(status().isCreated());
        }
        mvc.perform(asClinician(get("/api/notes/{id}/readiness", note))).andExpect(jsonPath("$.missing.length()").value(0));

        mvc.perform(asClinician(post("/api/notes/{id}/anesthetic-doses", note).content(
                        "{\"agent\":\"lidocaine\",\"stockPercent\":1,\"volumeMl\":1,\"purpose\":\"SKIN_WHEAL\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].mg").value(10.0))
                .andExpect(jsonPath("$[0].purpose").value("SKIN_WHEAL"));
        mvc.perform(asClinician(get("/api/notes/{id}/readiness", note)))
                .andExpect(jsonPath("$.missing[0]", containsString("280.0 mg is over the cap of 270 mg")));
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("280.0 mg")));
    }

    @Test
    void anAnestheticDoseWithAStockNotOnFileIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        var ids = activeSeries(new BigDecimal("70"));
        var note = draftNote(ids[0], ids[1]);
        mvc.perform(asClinician(post("/api/notes/{id}/anesthetic-doses", note).content(
                        "{\"agent\":\"bupivacaine\",\"stockPercent\":0.5,\"volumeMl\":0,\"purpose\":\"SPINAL\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stock", containsString("No bupivacaine 0.5% stock")))
                .andExpect(jsonPath("$.errors.volumeMl", containsString("more than 0 mL")))
                .andExpect(jsonPath("$.errors.purpose", containsString("SKIN_WHEAL")));
        mvc.perform(asClinician(get("/api/notes/{id}/anesthetic-doses", note))).andExpect(jsonPath("$.length()").value(0));

        // on the note page: a refused dose comes back next to its field; an accepted one is listed with its mg
        var clinician = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("clinician"));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        // the redirect carries the refusal in the session (as a browser does, by its session cookie)
        var refused = mvc.perform(post("/notes/{id}/anesthetic-doses", note).with(clinician).with(csrf)
                        .param("purpose", "SKIN_WHEAL").param("anestheticStock", "lidocaine:1").param("volumeMl", "0"))
                .andExpect(status().is3xxRedirection()).andReturn();
        org.assertj.core.api.Assertions.assertThat(refused.getFlashMap().get("doseErrors")).isNotNull();
        mvc.perform(get("/notes/{id}", note).with(clinician).cookie(refused.getResponse().getCookies()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.matchesPattern("(?s).*id=\"doseVolume\"[^>]*invalid.*field-error[^>]*>The volume must be more than 0 mL.*")));
        // 2 mL of lidocaine 2% (20 mg/mL) = 40 mg
        mvc.perform(post("/notes/{id}/anesthetic-doses", note).with(clinician).with(csrf)
                        .param("purpose", "NERVE_BLOCK").param("siteText", "saphenous").param("anestheticStock", "lidocaine:2")
                        .param("volumeMl", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notes/{id}", note).with(clinician))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(containsString("saphenous"), containsString("40.0 mg"))));
    }
}
