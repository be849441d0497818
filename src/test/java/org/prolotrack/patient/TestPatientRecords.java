package org.prolotrack.patient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY stand-in for PatientRecords until the patient module (branch patients) is on main; delete it then.
 * Checks access like the contract says and audits; {@link #create} inserts a patient for a test.
 */
@Component
public class TestPatientRecords implements PatientRecords {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;

    TestPatientRecords(JdbcClient jdbc, CurrentUsers users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    public UUID create(UUID clinicId, String given, String family, String email) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, email,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, :given, :family, :birth, 'FEMALE', :email, :now, 'test', :now, 'test')""")
                .param("id", id).param("clinic", clinicId).param("mrn", "T-" + id.toString().substring(0, 8))
                .param("given", given).param("family", family).param("birth", LocalDate.of(1960, 5, 1))
                .param("email", email).param("now", now).update();
        return id;
    }

    private Optional<PatientChart> read(UUID id) {
        return jdbc.sql("select * from patient where id = :id").param("id", id).query((rs, i) -> new PatientChart(
                rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class), rs.getString("mrn"),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class),
                PatientChart.Sex.valueOf(rs.getString("sex")), rs.getString("phone"), rs.getString("email"),
                rs.getString("address"), null, null, null, List.of(), List.of(), List.of(), List.of(), List.of()))
                .optional();
    }

    @Override
    public PatientChart get(UUID patientId) {
        var chart = read(patientId).filter(c -> users.currentOrSystem().mayReadPatient(c.id(), c.clinicId()))
                .orElseThrow(() -> new PatientNotFoundException(patientId));
        audit.record("PATIENT_READ", patientId, null);
        return chart;
    }

    @Override
    public void requireAccess(UUID patientId, String action) {
        read(patientId).filter(c -> users.currentOrSystem().mayReadPatient(c.id(), c.clinicId()))
                .orElseThrow(() -> new PatientNotFoundException(patientId));
        audit.record(action, patientId, null);
    }

    @Override
    public Page search(String query, int page, int size) {
        return new Page(List.of(), 0, page, size);
    }

    @Override
    public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
        var chart = read(patientId);
        chart.ifPresent(c -> audit.recordAs("system", "PATIENT_READ", patientId, purpose));
        return chart;
    }
}
