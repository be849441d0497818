package org.prolotrack.screening;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Inserts test patients straight into the patient tables (the patient module reads the same rows). */
@Component
class TestPatientRows {
    private final JdbcClient jdbc;

    TestPatientRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A Lakeside (MAD) patient with left knee OA, failed physical therapy, 72 kg, and whatever the test adds. */
    UUID patient(boolean onWarfarin) {
        var id = UUID.randomUUID();
        var clinic = jdbc.sql("select id from clinic where code = 'MAD'").query(UUID.class).single();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, weight_kg,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Ines', 'Testa', date '1961-04-02', 'FEMALE', 72, :now, 'test', :now, 'test')""")
                .param("id", id).param("clinic", clinic).param("mrn", "SCR-" + id.toString().substring(0, 8))
                .param("now", now).update();
        jdbc.sql("""
                insert into patient_condition (id, patient_id, code_system, code, display, body_site, laterality,
                    clinical_status, created_at, created_by, changed_at, changed_by)
                values (:id, :p, 'ICD10CM', 'M17.12', 'Unilateral primary osteoarthritis, left knee', 'knee', 'LEFT',
                    'ACTIVE', :now, 'test', :now, 'test')""")
                .param("id", UUID.randomUUID()).param("p", id).param("now", now).update();
        jdbc.sql("""
                insert into conservative_care (id, patient_id, kind, description, helped, created_at, created_by,
                    changed_at, changed_by)
                values (:id, :p, 'PHYSICAL_THERAPY', 'Physical therapy 8 weeks', 'NO', :now, 'test', :now, 'test')""")
                .param("id", UUID.randomUUID()).param("p", id).param("now", now).update();
        if (onWarfarin) {
            jdbc.sql("""
                    insert into patient_medication (id, patient_id, code_system, code, display, status, start_date,
                        created_at, created_by, changed_at, changed_by)
                    values (:id, :p, 'RXNORM', '855332', 'warfarin sodium 5 MG Oral Tablet', 'ACTIVE', date '2025-03-02',
                        :now, 'test', :now, 'test')""")
                    .param("id", UUID.randomUUID()).param("p", id).param("now", now).update();
        }
        return id;
    }
}
