package org.prolotrack.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.prolotrack.consent.Consents;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registers Lakeside (MAD) patients for tests directly in the patient tables, with unique MRNs: right knee
 * osteoarthritis after failed physical therapy, and the given weight (null: unknown).
 */
public final class TestPatients {

    private TestPatients() {
    }

    public static UUID madisonClinic(JdbcClient jdbc) {
        return jdbc.sql("select id from clinic where code = 'MAD'").query(UUID.class).single();
    }

    public static UUID register(JdbcClient jdbc, String familyName, BigDecimal weightKg) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, weight_kg,
                  weight_measured_on, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Test', :family, date '1961-04-12', 'FEMALE', :w, current_date,
                  current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", id).param("clinic", madisonClinic(jdbc)).param("mrn", "T-" + id.toString().substring(0, 13))
                .param("family", familyName).param("w", weightKg).update();
        jdbc.sql("""
                insert into patient_condition (id, patient_id, code_system, code, display, body_site, laterality,
                  clinical_status, created_at, created_by, changed_at, changed_by)
                values (:id, :p, 'ICD10CM', 'M17.11', 'Unilateral primary osteoarthritis, right knee', 'knee', 'RIGHT',
                  'ACTIVE', current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", UUID.randomUUID()).param("p", id).update();
        jdbc.sql("""
                insert into conservative_care (id, patient_id, kind, description, helped, created_at, created_by,
                  changed_at, changed_by)
                values (:id, :p, 'PHYSICAL_THERAPY', 'Physical therapy 8 weeks', 'NO', current_timestamp, 'test',
                  current_timestamp, 'test')""")
                .param("id", UUID.randomUUID()).param("p", id).update();
        return id;
    }

    /** Screens the patient for the series through the screening API and records the clinician's decision to proceed. */
    public static void screenToProceed(MockMvc mvc, UUID patient, Object planId) throws Exception {
        var json = mvc.perform(post("/api/patients/{id}/screenings", patient).with(httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"planId\":\"" + planId + "\"}"))
                .andReturn().getResponse().getContentAsString();
        String screening = JsonPath.read(json, "$.id");
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", patient, screening)
                .with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"PROCEED\",\"reason\":\"Right knee OA, physical therapy failed; reviewed.\"}"));
    }

    /** A day-of-procedure check with nothing red: no fever, skin intact, not pregnant, nothing new or changed. */
    public static final String CLEAR_DAY_CHECK = """
            {"fever":false,"skinClear":true,"pregnancy":"NOT_PREGNANT","newAnticoagulant":false,
             "changesSinceScreening":false}""";

    /** Records a clear day-of-procedure check on the note through the API. */
    public static void clearDayCheck(MockMvc mvc, Object noteId) throws Exception {
        mvc.perform(put("/api/notes/{id}/day-check", noteId).with(httpBasic("clinician", "prolotrack-demo"))
                .contentType(MediaType.APPLICATION_JSON).content(CLEAR_DAY_CHECK))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    /** The patient signs the consent of the series (with a drawn signature), as the consent module records it. */
    public static void consent(Consents consents, UUID planId) {
        var prepared = consents.prepare(planId);
        consents.sign(prepared.id(), new Consents.Signature("Test Patient", "self", SeriesFixture.drawnSignature()));
    }
}
