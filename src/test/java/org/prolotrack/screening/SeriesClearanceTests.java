package org.prolotrack.screening;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.prolotrack.consent.Consents;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A screening clears only what it screened: the series' sites, sides and agents (and, at signing, the sites and
 * agents injected), while it is current, decided proceed and within its validity window.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeriesClearanceTests {

    static final String HEADER = """
            {"anticoagulantStatus":"NONE","allergiesReviewed":true,"painBefore":6,"anesthesia":"in the syringe",
             "sedation":"NONE","visitStart":"2026-03-02T15:00:00Z","visitEnd":"2026-03-02T15:40:00Z",
             "injectingStart":"2026-03-02T15:10:00Z","injectingEnd":"2026-03-02T15:25:00Z",
             "complications":"none","painAfter":3,"aftercareGiven":true}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Consents consents;

    private static MockHttpServletRequestBuilder asClinician(MockHttpServletRequestBuilder b) {
        return b.with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(asClinician(b)).andReturn().getResponse().getContentAsString();
    }

    /** A Lakeside patient with left knee osteoarthritis after failed physical therapy; optionally an abscess there. */
    private UUID leftKneePatient(boolean abscessAtTheLeftKnee) {
        var patient = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, weight_kg,
                  weight_measured_on, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Test', 'Left-knee', date '1958-02-01', 'MALE', 80, current_date,
                  current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", patient).param("clinic", TestPatients.madisonClinic(jdbc))
                .param("mrn", "LK-" + patient.toString().substring(0, 13)).update();
        condition(patient, "M17.12", "Unilateral primary osteoarthritis, left knee");
        if (abscessAtTheLeftKnee) {
            condition(patient, "L02.416", "Cutaneous abscess of left lower limb (left knee)");
        }
        jdbc.sql("""
                insert into conservative_care (id, patient_id, kind, description, helped, created_at, created_by,
                  changed_at, changed_by)
                values (:id, :p, 'PHYSICAL_THERAPY', 'Physical therapy 8 weeks', 'NO', current_timestamp, 'test',
                  current_timestamp, 'test')""").param("id", UUID.randomUUID()).param("p", patient).update();
        return patient;
    }

    private void condition(UUID patient, String code, String display) {
        jdbc.sql("""
                insert into patient_condition (id, patient_id, code_system, code, display, body_site, laterality,
                  clinical_status, created_at, created_by, changed_at, changed_by)
                values (:id, :p, 'ICD10CM', :code, :display, 'knee', 'LEFT', 'ACTIVE', current_timestamp, 'test',
                  current_timestamp, 'test')""")
                .param("id", UUID.randomUUID()).param("p", patient).param("code", code).param("display", display).update();
    }

    private String kneePlan(UUID patient, String code, String side) throws Exception {
        return JsonPath.read(body(post("/api/patients/{id}/plans", patient).content(
                "{\"indicationCode\":\"" + code + "\",\"protocolId\":\"knee-oa-rabago-2013\",\"laterality\":\"" + side + "\"}")),
                "$.id");
    }

    private String screen(UUID patient, String json) throws Exception {
        return body(post("/api/patients/{id}/screenings", patient).content(json));
    }

    private void proceed(UUID patient, String screeningJson) throws Exception {
        mvc.perform(asClinician(post("/api/patients/{id}/screenings/{sid}/decision", patient,
                        (String) JsonPath.read(screeningJson, "$.id")))
                        .content("{\"decision\":\"PROCEED\",\"reason\":\"Reviewed with the patient; proceeding.\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aProceedDecisionOnAScreeningWithoutASiteDoesNotClearALeftKneeSeries() throws Exception {
        var patient = leftKneePatient(true);
        var plan = kneePlan(patient, "M17.12", "LEFT");
        var anySite = screen(patient, "{}");
        proceed(patient, anySite);
        TestPatients.consent(consents, UUID.fromString(plan));

        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("left knee"),
                        containsString("screen the patient for this series"))));

        // screened for the series, the abscess at the left knee is found at the planned site
        mvc.perform(asClinician(post("/api/patients/{id}/screenings", patient).content("{\"planId\":\"" + plan + "\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.planId").value(plan))
                .andExpect(jsonPath("$.verdict").value("CONTRAINDICATED"))
                .andExpect(jsonPath("$.findings[*].ruleId", hasItem("LOCAL_INFECTION_AT_SITE")));
    }

    @Test
    void aProceedDecisionForTheRightKneeDoesNotClearALeftKneeSeries() throws Exception {
        var patient = leftKneePatient(false);
        var plan = kneePlan(patient, "M17.12", "LEFT");
        proceed(patient, screen(patient, "{\"sites\":[{\"region\":\"knee\",\"laterality\":\"RIGHT\"}]}"));
        TestPatients.consent(consents, UUID.fromString(plan));

        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("left knee"), not(containsString("right knee")))));

        proceed(patient, screen(patient, "{\"sites\":[{\"region\":\"knee\",\"laterality\":\"LEFT\"}]}"));
        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void aScreeningForTheSeriesClearsItAndAScreeningForAnotherSeriesDoesNot() throws Exception {
        var patient = leftKneePatient(false);
        var first = kneePlan(patient, "M17.12", "LEFT");
        var second = kneePlan(patient, "M17.12", "LEFT");
        proceed(patient, screen(patient, "{\"planId\":\"" + first + "\"}"));
        TestPatients.consent(consents, UUID.fromString(first));
        TestPatients.consent(consents, UUID.fromString(second));

        mvc.perform(asClinician(post("/api/plans/{id}/activate", second)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("none was run for it")));
        mvc.perform(asClinician(post("/api/plans/{id}/activate", first)))
                .andExpect(status().isOk());
    }

    @Test
    void aScreeningOlderThanItsValidityNoLongerClearsTheSeries() throws Exception {
        var patient = TestPatients.register(jdbc, "Expired", new BigDecimal("70"));
        var plan = kneePlan(patient, "M17.11", "RIGHT");
        var screening = screen(patient, "{\"planId\":\"" + plan + "\"}");
        proceed(patient, screening);
        TestPatients.consent(consents, UUID.fromString(plan));
        jdbc.sql("update screening set created_at = created_at - interval '31' day where id = :id")
                .param("id", UUID.fromString(JsonPath.read(screening, "$.id"))).update();

        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("within 30 days"), containsString("expired"))));
    }

    @Test
    void aScreeningForASeriesTakesItsSitesFromTheSeriesNotFromTheRequest() throws Exception {
        var patient = TestPatients.register(jdbc, "Both", new BigDecimal("70"));
        var plan = kneePlan(patient, "M17.11", "RIGHT");
        mvc.perform(asClinician(post("/api/patients/{id}/screenings", patient).content(
                        "{\"planId\":\"" + plan + "\",\"sites\":[{\"region\":\"hip\",\"laterality\":\"LEFT\"}]}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sites").exists());
        mvc.perform(asClinician(post("/api/patients/{id}/screenings", patient).content(
                        "{\"planId\":\"" + UUID.randomUUID() + "\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.planId").exists());
    }

    /** An active right-knee series screened with the default formulation (dextrose, lidocaine, saline). */
    private UUID[] activeRightKneeSeries() throws Exception {
        var patient = TestPatients.register(jdbc, "Agents", new BigDecimal("70"));
        var plan = kneePlan(patient, "M17.11", "RIGHT");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan))).andExpect(status().isOk());
        return new UUID[] {patient, UUID.fromString(plan)};
    }

    private String draftNote(UUID[] series, String header) throws Exception {
        String note = JsonPath.read(body(post("/api/patients/{id}/notes", series[0])
                .content("{\"planId\":\"" + series[1] + "\",\"performedOn\":\"" + LocalDate.now() + "\"}")), "$.id");
        mvc.perform(asClinician(put("/api/notes/{id}", note).content(header))).andExpect(status().isOk());
        return note;
    }

    private static String kneeInjection(String side, String anesthetic, String stock) {
        var expiry = LocalDate.now().plusYears(1);
        return """
                {"siteId":"knee-ia","laterality":"%s","guidance":"ULTRASOUND","volumeInjectedMl":6,"needle":"25G 1.5in",
                 "syringe":{"finalVolumeMl":6,"dextrose":{"stockPercent":50,"finalPercent":15},
                            "anesthetic":{"agent":"%s","stockPercent":1,"finalPercent":0.2},"diluent":"normal-saline"},
                 "lots":[{"stockId":"dextrose-50","lotNumber":"D50-7781","expiry":"%s"},
                         {"stockId":"%s","lotNumber":"LA-221","expiry":"%s"},
                         {"stockId":"normal-saline","lotNumber":"NS-9","expiry":"%s"}]}"""
                .formatted(side, anesthetic, expiry, stock, expiry, expiry);
    }

    @Test
    void aDextroseLidocaineScreeningDoesNotClearAProcaineInjection() throws Exception {
        var series = activeRightKneeSeries();
        var note = draftNote(series, HEADER);
        TestPatients.clearDayCheck(mvc, note);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(kneeInjection("RIGHT", "procaine", "procaine-1"))))
                .andExpect(status().isCreated());

        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[*]", hasItem(allOf(containsString("procaine"),
                        containsString("screen the patient for this series")))));

        proceed(series[0], screen(series[0], "{\"planId\":\"" + series[1] + "\",\"agents\":[\"dextrose\",\"procaine\",\"saline\"]}"));
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"));
    }

    @Test
    void anInjectionAtTheOtherKneeIsNotClearedByTheSeriesScreening() throws Exception {
        var series = activeRightKneeSeries();
        var note = draftNote(series, HEADER);
        TestPatients.clearDayCheck(mvc, note);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(kneeInjection("LEFT", "lidocaine", "lidocaine-1"))))
                .andExpect(status().isCreated());

        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[*]", hasItem(containsString("left knee"))));
    }

    @Test
    void aNoteCannotBeSignedWithoutTheDayOfProcedureCheck() throws Exception {
        var series = activeRightKneeSeries();
        var note = draftNote(series, HEADER);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(kneeInjection("RIGHT", "lidocaine", "lidocaine-1"))))
                .andExpect(status().isCreated());

        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[*]", hasItem(containsString("the day-of-procedure check"))));

        TestPatients.clearDayCheck(mvc, note);
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dayCheck.fever").value(false))
                .andExpect(jsonPath("$.dayCheck.recordedBy").value("clinician"));
    }

    @Test
    void anUnansweredDayCheckQuestionIsNamedAtItsFieldAndNothingIsRecorded() throws Exception {
        var series = activeRightKneeSeries();
        var note = draftNote(series, HEADER);
        mvc.perform(asClinician(put("/api/notes/{id}/day-check", note).content(
                        "{\"fever\":false,\"skinClear\":false,\"pregnancy\":\"MAYBE\",\"inr\":35}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.skinNote").exists())
                .andExpect(jsonPath("$.errors.pregnancy").exists())
                .andExpect(jsonPath("$.errors.newAnticoagulant").exists())
                .andExpect(jsonPath("$.errors.changesSinceScreening").exists())
                .andExpect(jsonPath("$.errors.inr").exists())
                .andExpect(jsonPath("$.errors.fever").doesNotExist());
        mvc.perform(asClinician(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/notes/{id}", note)))
                .andExpect(jsonPath("$.dayCheck").isEmpty());
    }

    private void dayCheckAndSignIsRefused(String dayCheck, String header, String refusal) throws Exception {
        var series = activeRightKneeSeries();
        var note = draftNote(series, header);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content(kneeInjection("RIGHT", "lidocaine", "lidocaine-1"))))
                .andExpect(status().isCreated());
        mvc.perform(asClinician(put("/api/notes/{id}/day-check", note).content(dayCheck))).andExpect(status().isOk());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[*]", hasItem(containsString(refusal))));
    }

    @Test
    void feverOnTheDayRefusesSigning() throws Exception {
        dayCheckAndSignIsRefused("""
                {"fever":true,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":false,
                 "changesSinceScreening":false}""", HEADER, "the patient has a fever today");
    }

    @Test
    void brokenSkinAtASiteRefusesSigning() throws Exception {
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":false,"skinNote":"weeping graze over the right patella","pregnancy":"NOT_APPLICABLE",
                 "newAnticoagulant":false,"changesSinceScreening":false}""", HEADER, "weeping graze over the right patella");
    }

    @Test
    void anAnticoagulantStartedSinceTheScreeningRefusesSigningUntilItIsScreened() throws Exception {
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":true,
                 "anticoagulant":"rivaroxaban","changesSinceScreening":false}""", HEADER, "screen again");
    }

    @Test
    void aChangeSinceTheScreeningRefusesSigning() throws Exception {
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":false,
                 "changesSinceScreening":true,"changesNote":"new diagnosis of rheumatoid arthritis last week"}""",
                HEADER, "new diagnosis of rheumatoid arthritis last week");
    }

    @Test
    void aPregnancyTheScreeningDidNotWeighRefusesSigning() throws Exception {
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":true,"pregnancy":"POSSIBLE","newAnticoagulant":false,
                 "changesSinceScreening":false}""", HEADER, "weighs the pregnancy reported today");
    }

    @Test
    void aHeldWarfarinNeedsTheDayItWasHeldAndTheInr() throws Exception {
        var held = HEADER.replace("\"anticoagulantStatus\":\"NONE\"", "\"anticoagulantStatus\":\"HELD\"");
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":false,
                 "anticoagulant":"warfarin 5 mg","changesSinceScreening":false}""", held, "the day the anticoagulant was held");
        dayCheckAndSignIsRefused("""
                {"fever":false,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":false,
                 "anticoagulant":"warfarin 5 mg","anticoagulantHeldOn":"%s","changesSinceScreening":false}"""
                .formatted(LocalDate.now().minusDays(5)), held, "the INR measured for warfarin");
    }

    @Test
    void anAnticoagulantContinuedBeforeALumbarInjectionRefusesSigningButNotBeforeAKneeInjection() throws Exception {
        var continued = HEADER.replace("\"anticoagulantStatus\":\"NONE\"", "\"anticoagulantStatus\":\"CONTINUED_OTHER\"");
        var check = """
                {"fever":false,"skinClear":true,"pregnancy":"NOT_APPLICABLE","newAnticoagulant":false,
                 "anticoagulant":"apixaban 5 mg twice daily","changesSinceScreening":false}""";
        var patient = TestPatients.register(jdbc, "Lumbar", new BigDecimal("70"));
        String plan = JsonPath.read(body(post("/api/patients/{id}/plans", patient).content(
                "{\"indicationCode\":\"M54.50\",\"protocolId\":\"lumbar-ligaments-yelland-2004\",\"laterality\":\"BILATERAL\"}")),
                "$.id");
        TestPatients.screenToProceed(mvc, patient, plan);
        TestPatients.consent(consents, UUID.fromString(plan));
        mvc.perform(asClinician(post("/api/plans/{id}/activate", plan))).andExpect(status().isOk());
        var note = draftNote(new UUID[] {patient, UUID.fromString(plan)}, continued);
        mvc.perform(asClinician(put("/api/notes/{id}/day-check", note).content(check))).andExpect(status().isOk());
        var expiry = LocalDate.now().plusYears(1);
        mvc.perform(asClinician(post("/api/notes/{id}/injections", note).content("""
                        {"siteId":"lumbar-interspinous","guidance":"LANDMARK","volumeInjectedMl":2,"needle":"25G 3.5in",
                         "syringe":{"finalVolumeMl":2,"dextrose":{"stockPercent":50,"finalPercent":15},
                                    "anesthetic":{"agent":"lidocaine","stockPercent":1,"finalPercent":0.2},"diluent":"normal-saline"},
                         "lots":[{"stockId":"dextrose-50","lotNumber":"D50-7781","expiry":"%s"},
                                 {"stockId":"lidocaine-1","lotNumber":"LA-221","expiry":"%s"},
                                 {"stockId":"normal-saline","lotNumber":"NS-9","expiry":"%s"}]}""".formatted(expiry, expiry, expiry))))
                .andExpect(status().isCreated());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", note)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing[*]", hasItem(allOf(containsString("the anticoagulant held before injecting the low back"),
                        containsString("intermediate bleeding risk")))));

        var knee = activeRightKneeSeries();
        var kneeNote = draftNote(knee, continued);
        mvc.perform(asClinician(put("/api/notes/{id}/day-check", kneeNote).content(check))).andExpect(status().isOk());
        mvc.perform(asClinician(post("/api/notes/{id}/injections", kneeNote).content(kneeInjection("RIGHT", "lidocaine", "lidocaine-1"))))
                .andExpect(status().isCreated());
        mvc.perform(asClinician(post("/api/notes/{id}/sign", kneeNote)))
                .andExpect(status().isOk());
    }
}
