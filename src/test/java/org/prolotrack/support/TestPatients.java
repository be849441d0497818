package org.prolotrack.support;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers patients for tests directly in the patient table, with unique MRNs. */
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
        return id;
    }
}
