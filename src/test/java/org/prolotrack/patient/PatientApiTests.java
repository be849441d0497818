package org.prolotrack.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.audit.AuditLog;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class PatientApiTests {

    static final String PASSWORD = "prolotrack-demo";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ClinicDirectory clinics;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    String suffix;
    UUID boulder;

    @BeforeEach
    void names() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        boulder = clinics.clinics().stream().filter(c -> c.code().equals("BLD")).findFirst().orElseThrow().id();
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, PASSWORD);
    }

    String newPatientJson(String mrn, String family, String birthDate) {
        return """
                {"mrn":"%s","givenName":"Maren","familyName":"%s","birthDate":"%s","sex":"FEMALE",
                 "phone":"+1 608 555 0100","weightKg":71.5,"weightMeasuredOn":"2025-01-10"}""".formatted(mrn, family, birthDate);
    }

    UUID register(String user, String mrn, String family, String birthDate) throws Exception {
        var body = mvc.perform(post("/api/patients").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(newPatientJson(mrn, family, birthDate)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    String account(Role role, UUID clinic, UUID patient) {
        var name = role.name().toLowerCase() + "-" + suffix;
        accounts.create(new Accounts.NewAccount(name, PASSWORD, "Test " + name, role, clinic, patient, null, null));
        return name;
    }

    @Test
    void aClinicianRegistersAPatientAndReadsTheChartWithCodedEntries() throws Exception {
        var id = register("clinician", "T-" + suffix, "Halvorsen" + suffix, "1961-04-02");
        mvc.perform(post("/api/patients/{id}/conditions", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"ICD10CM","code":"M17.11","display":"Unilateral primary osteoarthritis, right knee",
                                 "bodySite":"knee","laterality":"RIGHT","onsetDate":"2019-05-01"}"""))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"));
        mvc.perform(post("/api/patients/{id}/medications", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"RXNORM","code":"11289","display":"warfarin","startDate":"2020-01-01"}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/patients/{id}/allergies", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"RXNORM","code":"6387","substance":"lidocaine","reaction":"hives","criticality":"HIGH"}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/patients/{id}/conservative-care", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PHYSICAL_THERAPY","description":"12 weeks of quadriceps strengthening","startDate":"2023-01-01","endDate":"2023-04-01","helped":"NO"}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/patients/{id}/imaging", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"modality":"XRAY","bodySite":"right knee","studyDate":"2023-06-01","reportSummary":"Medial joint space narrowing"}"""))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/patients/{id}", id).with(as("clinician")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Maren Halvorsen" + suffix))
                .andExpect(jsonPath("$.birthDate").value("1961-04-02"))
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.weightKg").value(71.5))
                .andExpect(jsonPath("$.conditions[0].codeSystem").value("ICD10CM"))
                .andExpect(jsonPath("$.conditions[0].code").value("M17.11"))
                .andExpect(jsonPath("$.conditions[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.medications[0].code").value("11289"))
                .andExpect(jsonPath("$.medications[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.allergies[0].display").value("lidocaine"))
                .andExpect(jsonPath("$.allergies[0].criticality").value("HIGH"))
                .andExpect(jsonPath("$.conservativeCare[0].helped").value("NO"))
                .andExpect(jsonPath("$.imaging[0].modality").value("XRAY"));
    }

    @Test
    void aClinicianOfAnotherClinicGetsTheSame404AsForAPatientThatDoesNotExist() throws Exception {
        var id = register("clinician", "T-" + suffix, "Other" + suffix, "1970-01-01");
        var elsewhere = account(Role.CLINICIAN, boulder, null);
        var denied = mvc.perform(get("/api/patients/{id}", id).with(as(elsewhere)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        var absentId = UUID.randomUUID();
        var absent = mvc.perform(get("/api/patients/{id}", absentId).with(as(elsewhere)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(denied.replace(id.toString(), "ID")).isEqualTo(absent.replace(absentId.toString(), "ID"));
        mvc.perform(get("/api/patients").param("q", "Other" + suffix).with(as(elsewhere)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/patients/{id}/allergies", id).with(as(elsewhere)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"TEXT","substance":"latex","criticality":"LOW"}"""))
                .andExpect(status().isNotFound());
    }

    @Test
    void aResearcherSeesNoIdentifiedPatientAtAll() throws Exception {
        var id = register("clinician", "T-" + suffix, "Hidden" + suffix, "1970-01-01");
        mvc.perform(get("/api/patients/{id}", id).with(as("researcher"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/patients").with(as("researcher")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aPatientAccountReadsItsOwnRecordOnlyAndCannotChangeIt() throws Exception {
        var self = register("clinician", "S-" + suffix, "Self" + suffix, "1980-02-02");
        var other = register("clinician", "O-" + suffix, "Neighbour" + suffix, "1980-02-02");
        var patient = account(Role.PATIENT, null, self);
        mvc.perform(get("/api/patients/{id}", self).with(as(patient))).andExpect(status().isOk());
        mvc.perform(get("/api/patients/{id}", other).with(as(patient))).andExpect(status().isNotFound());
        mvc.perform(get("/api/patients").param("q", "1980-02-02").with(as(patient)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(self.toString()));
        mvc.perform(post("/api/patients/{id}/allergies", self).with(as(patient)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"TEXT","substance":"latex","criticality":"LOW"}"""))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidPatientIsRefusedWith400NamingEachField() throws Exception {
        mvc.perform(post("/api/patients").with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mrn":"","givenName":"Ana","familyName":"","birthDate":"2999-01-01","sex":"FEMALE","weightKg":-3}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.mrn").exists())
                .andExpect(jsonPath("$.errors.familyName").exists())
                .andExpect(jsonPath("$.errors.birthDate").exists())
                .andExpect(jsonPath("$.errors.weightKg").exists())
                .andExpect(jsonPath("$.errors.givenName").doesNotExist());
    }

    @Test
    void aConditionWithACodeThatIsNotICD10CMIsRefusedNamingTheCodeField() throws Exception {
        var id = register("clinician", "T-" + suffix, "Coded" + suffix, "1970-01-01");
        mvc.perform(post("/api/patients/{id}/conditions", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"ICD10CM","code":"knee pain","display":"Knee pain"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.code").exists());
        mvc.perform(post("/api/patients/{id}/medications", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"RXNORM","code":"11289","display":"warfarin","startDate":"2024-05-01","stopDate":"2024-01-01"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.stopDate").exists());
    }

    @Test
    void anMrnAlreadyUsedAtTheClinicIsAConflictOnTheMrnFieldButIsFreeAtAnotherClinic() throws Exception {
        var mrn = "DUP-" + suffix;
        register("clinician", mrn, "First" + suffix, "1970-01-01");
        mvc.perform(post("/api/patients").with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content(newPatientJson(mrn, "Second" + suffix, "1971-01-01")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.mrn").exists());
        var elsewhere = account(Role.STAFF, boulder, null);
        register(elsewhere, mrn, "Third" + suffix, "1972-01-01");
    }

    @Test
    void searchFindsByNameMrnAndBirthDateAndPagesThroughTheResults() throws Exception {
        var family = "Pagewood" + suffix;
        var first = register("clinician", "P1-" + suffix, family, "1955-03-14");
        register("clinician", "P2-" + suffix, family, "1956-03-14");
        register("clinician", "P3-" + suffix, family, "1957-03-14");

        mvc.perform(get("/api/patients").param("q", family.toLowerCase()).param("size", "2").with(as("staff")))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/patients").param("q", family).param("size", "2").param("page", "1").with(as("staff")))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/patients").param("q", "Maren " + family).with(as("staff")))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/patients").param("q", "p1-" + suffix).with(as("staff")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(first.toString()));
        mvc.perform(get("/api/patients").param("q", "1955-03-14").param("size", "100").with(as("staff")))
                .andExpect(jsonPath("$.items[*].id", hasItem(first.toString())));
        mvc.perform(get("/api/patients").param("q", "1955-02-30").with(as("staff")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aVoidedEntryLeavesTheChartButStaysInTheDatabaseWithWhoAndWhy() throws Exception {
        var id = register("clinician", "T-" + suffix, "Voided" + suffix, "1970-01-01");
        var created = mvc.perform(post("/api/patients/{id}/conditions", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"codeSystem":"SNOMED","code":"239873007","display":"Osteoarthritis of knee"}"""))
                .andReturn().getResponse().getContentAsString();
        var conditionId = UUID.fromString(json.readTree(created).get("id").asString());
        mvc.perform(post("/api/patients/{id}/conditions/{c}/void", id, conditionId).with(as("clinician"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"entered on the wrong chart\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/patients/{id}", id).with(as("clinician"))).andExpect(jsonPath("$.conditions").isEmpty());
        var row = jdbc.sql("select voided_by, void_reason from patient_condition where id = :id").param("id", conditionId)
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2)).single();
        assertThat(row).isEqualTo("clinician|entered on the wrong chart");
        mvc.perform(post("/api/patients/{id}/conditions/{c}/void", id, conditionId).with(as("clinician"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyReadAndChangeOfAPatientAppendsAnAuditRowForTheAccount() throws Exception {
        var id = register("clinician", "T-" + suffix, "Audited" + suffix, "1970-01-01");
        mvc.perform(get("/api/patients/{id}", id).with(as("staff"))).andExpect(status().isOk());
        mvc.perform(get("/api/patients/{id}", id).with(as("researcher"))).andExpect(status().isNotFound());
        var clinicianActions = auditLog.search(id, "clinician", 0, 50).items().stream().map(e -> e.action()).toList();
        assertThat(clinicianActions).contains("PATIENT_CREATE");
        var staffRows = auditLog.search(id, "staff", 0, 50).items();
        assertThat(staffRows).extracting(e -> e.action()).containsExactly("PATIENT_READ");
        assertThat(staffRows.get(0).clientAddress()).isNotBlank();
        assertThat(auditLog.search(id, "researcher", 0, 50).items()).extracting(e -> e.action()).containsExactly("ACCESS_DENIED");
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWith409AndChangesNothing() throws Exception {
        var id = register("clinician", "T-" + suffix, "Stale" + suffix, "1970-01-01");
        var update = """
                {"mrn":"T-%s","givenName":"%s","familyName":"Stale%s","birthDate":"1970-01-01","sex":"FEMALE","version":%d}""";
        mvc.perform(put("/api/patients/{id}", id).with(as("clinician")).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(suffix, "Marit", suffix, 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/patients/{id}", id).with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(suffix, "Mette", suffix, 0)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/patients/{id}", id).with(as("clinician"))).andExpect(jsonPath("$.givenName").value("Marit"));
    }

    @Test
    void aConditionEditBasedOnAStaleVersionIsRefusedWith409AndChangesNothing() throws Exception {
        var id = register("clinician", "T-" + suffix, "CondStale" + suffix, "1970-01-01");
        var created = mvc.perform(post("/api/patients/{id}/conditions", id).with(as("clinician"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"codeSystem":"ICD10CM","code":"M17.11","display":"Osteoarthritis, right knee"}"""))
                .andReturn().getResponse().getContentAsString();
        var conditionId = UUID.fromString(json.readTree(created).get("id").asString());
        mvc.perform(get("/api/patients/{id}", id).with(as("clinician")))
                .andExpect(jsonPath("$.conditions[0].version").value(0));
        var edit = """
                {"codeSystem":"ICD10CM","code":"%s","display":"%s","version":0}""";

        mvc.perform(put("/api/patients/{id}/conditions/{c}", id, conditionId).with(as("clinician"))
                        .contentType(MediaType.APPLICATION_JSON).content(edit.formatted("M17.12", "Osteoarthritis, left knee")))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/patients/{id}/conditions/{c}", id, conditionId).with(as("staff"))
                        .contentType(MediaType.APPLICATION_JSON).content(edit.formatted("M17.0", "Osteoarthritis, both knees")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/patients/{id}", id).with(as("clinician")))
                .andExpect(jsonPath("$.conditions[0].code").value("M17.12"))
                .andExpect(jsonPath("$.conditions[0].version").value(1));
    }
}
