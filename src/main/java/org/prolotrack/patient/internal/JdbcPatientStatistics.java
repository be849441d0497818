package org.prolotrack.patient.internal;

import java.util.List;

import org.prolotrack.patient.PatientStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Aggregate counts with small cells suppressed; reads no identifiers, so it writes no per-patient audit rows. */
@Service
class JdbcPatientStatistics implements PatientStatistics {

    private final JdbcClient jdbc;

    JdbcPatientStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CohortCount> activeConditionsByClinic() {
        return jdbc.sql("""
                select c.name as clinic_name, pc.code_system, pc.code, min(pc.display) as display,
                       count(distinct pc.patient_id) as patients
                from patient_condition pc join patient p on p.id = pc.patient_id join clinic c on c.id = p.clinic_id
                where pc.voided_at is null and pc.clinical_status = 'ACTIVE' and pc.code_system <> 'TEXT'
                group by c.name, pc.code_system, pc.code
                order by c.name, patients desc, pc.code""")
                .query((rs, i) -> {
                    long n = rs.getLong("patients");
                    return new CohortCount(rs.getString("clinic_name"), rs.getString("code_system"), rs.getString("code"),
                            rs.getString("display"), n < SMALL_CELL ? null : n);
                })
                .list();
    }
}
