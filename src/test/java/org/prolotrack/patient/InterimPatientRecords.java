package org.prolotrack.patient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test stand-in for the patient module until its implementation is merged; reads the patient table only. */
@Component
class InterimPatientRecords implements PatientRecords {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditTrail audit;

    InterimPatientRecords(JdbcClient jdbc, CurrentUsers users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    private Optional<PatientChart> read(UUID id) {
        return jdbc.sql("select * from patient where id = :id").param("id", id).query((rs, n) -> new PatientChart(
                id, rs.getObject("clinic_id", UUID.class), rs.getString("mrn"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("birth_date", java.time.LocalDate.class),
                PatientChart.Sex.valueOf(rs.getString("sex")), null, null, null, rs.getBigDecimal("weight_kg"), null,
                null, List.of(), List.of(), List.of(), List.of(), List.of())).optional();
    }

    @Override
    public PatientChart get(UUID patientId) {
        var chart = read(patientId).filter(c -> users.currentOrSystem().mayReadPatient(c.id(), c.clinicId()))
                .orElseThrow(() -> new PatientNotFoundException(patientId));
        audit.record("PATIENT_READ", patientId, "chart");
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
        return read(patientId);
    }
}
