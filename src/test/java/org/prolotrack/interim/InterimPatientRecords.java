package org.prolotrack.interim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for the patient module's PatientRecords until its implementation is on main: the same
 * access rule (CurrentUser.mayReadPatient) and an audit row per access. Remove when the real one lands.
 */
@Component
public class InterimPatientRecords implements PatientRecords {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;

    public InterimPatientRecords(JdbcClient jdbc, CurrentUsers users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public PatientChart get(UUID patientId) {
        requireAccess(patientId, "PATIENT_READ");
        return load(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    @Override
    public void requireAccess(UUID patientId, String action) {
        var clinic = jdbc.sql("select clinic_id from patient where id = :id").param("id", patientId).query(UUID.class)
                .optional().orElseThrow(() -> new PatientNotFoundException(patientId));
        if (!users.currentOrSystem().mayReadPatient(patientId, clinic)) {
            throw new PatientNotFoundException(patientId);
        }
        audit.record(action, patientId, null);
    }

    @Override
    public Page search(String query, int page, int size) {
        return new Page(List.of(), 0, page, size);
    }

    @Override
    public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
        audit.recordAs("system", purpose, patientId, null);
        return load(patientId);
    }

    private Optional<PatientChart> load(UUID id) {
        return jdbc.sql("select * from patient where id = :id").param("id", id)
                .query((rs, i) -> new PatientChart(id, rs.getObject("clinic_id", UUID.class), rs.getString("mrn"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("birth_date", LocalDate.class), PatientChart.Sex.valueOf(rs.getString("sex")),
                        rs.getString("phone"), rs.getString("email"), rs.getString("address"), null, null, null,
                        List.of(), List.of(), List.of(), List.of(), List.of()))
                .optional();
    }
}
