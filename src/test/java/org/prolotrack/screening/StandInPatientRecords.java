package org.prolotrack.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.CurrentUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test stand-in for the patient module's PatientRecords while that module is not on this branch: reads the
 * patient tables of V2 with the same access rule. It switches itself off once the real implementation exists.
 */
@Component
@ConditionalOnMissingClass("org.prolotrack.patient.internal.JdbcPatientRecords")
class StandInPatientRecords implements PatientRecords {

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    StandInPatientRecords(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public PatientChart get(UUID patientId) {
        requireAccess(patientId, "READ");
        return read(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    @Override
    public void requireAccess(UUID patientId, String action) {
        var clinic = jdbc.sql("select clinic_id from patient where id = :id").param("id", patientId)
                .query(UUID.class).optional();
        if (clinic.isEmpty() || !users.currentOrSystem().mayReadPatient(patientId, clinic.get())) {
            throw new PatientNotFoundException(patientId);
        }
    }

    @Override
    public Page search(String query, int page, int size) {
        return new Page(List.of(), 0, page, size);
    }

    @Override
    public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
        return read(patientId);
    }

    private Optional<PatientChart> read(UUID id) {
        var conditions = jdbc.sql("select * from patient_condition where patient_id = :id and voided_at is null")
                .param("id", id).query((rs, n) -> new PatientChart.Condition(rs.getObject("id", UUID.class),
                        rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                        rs.getString("body_site"), rs.getString("laterality") == null ? null
                                : PatientChart.Laterality.valueOf(rs.getString("laterality")),
                        rs.getObject("onset_date", LocalDate.class),
                        PatientChart.Condition.Status.valueOf(rs.getString("clinical_status")),
                        rs.getObject("abatement_date", LocalDate.class))).list();
        var meds = jdbc.sql("select * from patient_medication where patient_id = :id and voided_at is null")
                .param("id", id).query((rs, n) -> new PatientChart.Medication(rs.getObject("id", UUID.class),
                        rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                        rs.getString("dosage"), PatientChart.Medication.Status.valueOf(rs.getString("status")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("stop_date", LocalDate.class))).list();
        var allergies = jdbc.sql("select * from patient_allergy where patient_id = :id and voided_at is null")
                .param("id", id).query((rs, n) -> new PatientChart.Allergy(rs.getObject("id", UUID.class),
                        rs.getString("code_system"), rs.getString("code"), rs.getString("substance"),
                        rs.getString("reaction"), PatientChart.Allergy.Criticality.valueOf(rs.getString("criticality")),
                        PatientChart.Allergy.Status.valueOf(rs.getString("status")))).list();
        var care = jdbc.sql("select * from conservative_care where patient_id = :id and voided_at is null")
                .param("id", id).query((rs, n) -> new PatientChart.ConservativeCare(rs.getObject("id", UUID.class),
                        PatientChart.ConservativeCare.Kind.valueOf(rs.getString("kind")), rs.getString("description"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        PatientChart.ConservativeCare.Helped.valueOf(rs.getString("helped")))).list();
        return jdbc.sql("select * from patient where id = :id").param("id", id)
                .query((rs, n) -> new PatientChart(id, rs.getObject("clinic_id", UUID.class), rs.getString("mrn"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("birth_date", LocalDate.class), PatientChart.Sex.valueOf(rs.getString("sex")),
                        null, null, null, rs.getObject("weight_kg", BigDecimal.class),
                        rs.getObject("weight_measured_on", LocalDate.class), null, conditions, meds, allergies, care,
                        List.of()))
                .optional();
    }
}
