package org.prolotrack.web.patient;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientRegistry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PatientPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired PatientRegistry registry;
    @Autowired ClinicDirectory clinics;
    @Autowired Accounts accounts;

    String suffix;
    UUID patient;

    @BeforeEach
    void aPatientAtLakeside() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        var madison = clinics.clinics().stream().filter(c -> c.code().equals("MAD")).findFirst().orElseThrow().id();
        patient = registry.register(madison, new Demographics("W-" + suffix, "Astrid", "Lindqvist" + suffix,
                LocalDate.of(1966, 9, 12), Sex.FEMALE, null, null, null, null, null, null));
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void theClinicianFindsAPatientByNameAndTheLiveSearchAnswersOnlyTheResults() throws Exception {
        mvc.perform(get("/patients").param("q", "lindqvist" + suffix).with(as("clinician")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lindqvist" + suffix + ", Astrid"), containsString("<nav"))));
        mvc.perform(get("/patients").param("q", "W-" + suffix).header("HX-Request", "true").with(as("clinician")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lindqvist" + suffix), not(containsString("<nav")))));
    }

    @Test
    void theChartLoadsEveryOtherModulesPanelWithHtmx() throws Exception {
        var page = mvc.perform(get("/patients/{id}", patient).with(as("clinician")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (var name : new String[] {"screening", "plan", "series", "outcomes", "safety", "consent", "billing"}) {
            org.assertj.core.api.Assertions.assertThat(page)
                    .contains("hx-get=\"/patients/" + patient + "/panels/" + name + "\" hx-trigger=\"load\" hx-swap=\"innerHTML\"");
        }
    }

    @Test
    void aConditionFormWithErrorsComesBackWithTheErrorNextToTheFieldAndWhatWasTyped() throws Exception {
        mvc.perform(post("/patients/{id}/conditions", patient).with(as("clinician")).with(csrf())
                        .param("codeSystem", "ICD10CM").param("code", "not a code").param("display", "Right knee pain typed by hand")
                        .param("bodySite", "knee").param("laterality", "RIGHT").param("onsetDate", "2024-02-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"not a code\""),
                        containsString("value=\"Right knee pain typed by hand\""),
                        containsString("value=\"2024-02-31\""),
                        containsString("Enter a real date as yyyy-mm-dd."),
                        containsString("id=\"condition-onsetDate-error\""))));
    }

    @Test
    void aValidConditionIsAddedAndTheChartShowsIt() throws Exception {
        mvc.perform(post("/patients/{id}/conditions", patient).with(as("clinician")).with(csrf())
                        .param("codeSystem", "ICD10CM").param("code", "M77.11").param("display", "Lateral epicondylitis, right elbow")
                        .param("bodySite", "elbow").param("laterality", "RIGHT").param("onsetDate", "2024-02-20"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/patients/*"));
        mvc.perform(get("/patients/{id}", patient).with(as("staff")))
                .andExpect(content().string(containsString("Lateral epicondylitis, right elbow")));
    }

    @Test
    void aVoidedConditionLeavesTheProblemListAndIsListedWithWhoVoidedItAndWhy() throws Exception {
        var condition = registry.addCondition(patient, new PatientRegistry.ConditionEntry("ICD10CM", "M77.12",
                "Lateral epicondylitis, left elbow " + suffix, "elbow", org.prolotrack.patient.PatientChart.Laterality.LEFT,
                null, org.prolotrack.patient.PatientChart.Condition.Status.ACTIVE, null));
        mvc.perform(post("/patients/{id}/entries/CONDITION/{c}/void", patient, condition).with(as("clinician"))
                        .with(csrf()).param("reason", "Wrong patient: belongs to the chart next door"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/patients/{id}", patient).with(as("clinician")))
                .andExpect(content().string(allOf(not(containsString("Lateral epicondylitis, left elbow " + suffix)),
                        containsString("hx-get=\"/patients/" + patient + "/voided\""))));
        mvc.perform(get("/patients/{id}/voided", patient).with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<s>Lateral epicondylitis, left elbow " + suffix + "</s>"),
                        containsString("Wrong patient: belongs to the chart next door"), containsString("clinician"))));
    }

    private UUID kneeCondition() {
        return registry.addCondition(patient, new PatientRegistry.ConditionEntry("ICD10CM", "M17.11",
                "Osteoarthritis, right knee " + suffix, "knee", org.prolotrack.patient.PatientChart.Laterality.RIGHT,
                LocalDate.of(2024, 3, 1), org.prolotrack.patient.PatientChart.Condition.Status.ACTIVE, null));
    }

    @Test
    void aConditionIsEditedFromTheChartAndKeepsItsStatus() throws Exception {
        var condition = kneeCondition();
        mvc.perform(get("/patients/{id}", patient).with(as("clinician")))
                .andExpect(content().string(containsString("/patients/" + patient + "/conditions/" + condition + "/edit")));
        mvc.perform(get("/patients/{id}/conditions/{c}/edit", patient, condition).with(as("clinician")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Osteoarthritis, right knee " + suffix + "\""),
                        containsString("name=\"version\" value=\"0\""))));

        mvc.perform(post("/patients/{id}/conditions/{c}/edit", patient, condition).with(as("clinician")).with(csrf())
                        .param("codeSystem", "ICD10CM").param("code", "M17.12").param("display", "Osteoarthritis, left knee " + suffix)
                        .param("bodySite", "knee").param("laterality", "LEFT").param("onsetDate", "2024-03-01")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/patients/*"));

        mvc.perform(get("/patients/{id}", patient).with(as("clinician")))
                .andExpect(content().string(allOf(containsString("Osteoarthritis, left knee " + suffix),
                        not(containsString("Osteoarthritis, right knee " + suffix)))));
    }

    @Test
    void aConditionEditMadeFromAStaleFormSaysSoSavesNothingAndKeepsWhatWasTyped() throws Exception {
        var condition = kneeCondition();
        // someone else edits the condition after this form was opened at version 0
        registry.editCondition(patient, condition, new PatientRegistry.ConditionEntry("ICD10CM", "M17.0",
                "Osteoarthritis, both knees " + suffix, "knee", org.prolotrack.patient.PatientChart.Laterality.BILATERAL,
                LocalDate.of(2024, 3, 1), org.prolotrack.patient.PatientChart.Condition.Status.ACTIVE, null), 0);

        mvc.perform(post("/patients/{id}/conditions/{c}/edit", patient, condition).with(as("clinician")).with(csrf())
                        .param("codeSystem", "ICD10CM").param("code", "M17.12").param("display", "Typed over a stale form")
                        .param("bodySite", "knee").param("laterality", "LEFT").param("onsetDate", "2024-03-01")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Someone else changed this condition"),
                        containsString("value=\"Typed over a stale form\""))));
        mvc.perform(get("/patients/{id}", patient).with(as("clinician")))
                .andExpect(content().string(allOf(containsString("Osteoarthritis, both knees " + suffix),
                        not(containsString("Typed over a stale form")))));
    }

    @Test
    void anotherClinicsVoidedEntriesAreNotShown() throws Exception {
        var other = clinics.clinics().stream().filter(c -> !c.code().equals("MAD")).findFirst().orElseThrow();
        var stranger = "other-" + suffix;
        accounts.create(new Accounts.NewAccount(stranger, "a-long-enough-password", "Dr Other", Role.CLINICIAN,
                other.id(), null, null, stranger + "@other.example"));

        mvc.perform(get("/patients/{id}/voided", patient).with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void registeringWithAnMrnInUseShowsTheErrorAtTheMrnAndKeepsTheOtherFields() throws Exception {
        mvc.perform(post("/patients").with(as("clinician")).with(csrf())
                        .param("mrn", "W-" + suffix).param("givenName", "Bodil").param("familyName", "Nygaard")
                        .param("birthDate", "1971-05-05").param("sex", "FEMALE").param("weightKg", "64.5")
                        .param("weightMeasuredOn", "2025-01-02").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("already used by another patient"),
                        containsString("value=\"Bodil\""), containsString("value=\"64.5\""))));
    }

    @Test
    void aPatientAccountSeesItsOwnRecordInThePortalButNoClinicianPage() throws Exception {
        var username = "portal-" + suffix;
        accounts.create(new Accounts.NewAccount(username, "prolotrack-demo", "Astrid", Role.PATIENT, null, patient, null, null));
        mvc.perform(get("/portal").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lindqvist" + suffix),
                        containsString("hx-get=\"/portal/panels/outcomes\""), containsString("/portal/panels/aftercare"))));
        mvc.perform(get("/patients/{id}", UUID.randomUUID()).with(as(username))).andExpect(status().isNotFound());
        mvc.perform(get("/portal").with(as("clinician"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAdminReadsTheAccessLogAndItShowsWhoReadTheChart() throws Exception {
        mvc.perform(get("/patients/{id}", patient).with(as("staff"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("patient", patient.toString()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("PATIENT_READ"), containsString(">staff<"))));
        mvc.perform(get("/admin/audit").with(as("clinician"))).andExpect(status().isForbidden());
    }

    @Test
    void theRegistryPageIsForResearchersAndShowsNoIdentifiers() throws Exception {
        mvc.perform(get("/registry").with(as("researcher")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("de-identified"), not(containsString("Lindqvist" + suffix)))));
        mvc.perform(get("/registry").with(as("clinician"))).andExpect(status().isForbidden());
    }
}
