package org.prolotrack.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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

    /** Screens the patient through the screening API and records the clinician's decision to proceed. */
    public static void screenToProceed(MockMvc mvc, UUID patient) throws Exception {
        var json = mvc.perform(post("/api/patients/{id}/screenings", patient).with(httpBasic("clinician", "prolotrack-demo")))
                .andReturn().getResponse().getContentAsString();
        String screening = JsonPath.read(json, "$.id");
        mvc.perform(post("/api/patients/{id}/screenings/{sid}/decision", patient, screening)
                .with(httpBasic("clinician", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"PROCEED\",\"reason\":\"Right knee OA, physical therapy failed; reviewed.\"}"));
    }
}
