package org.prolotrack.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.PatientSummary;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.CurrentUsers;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests only, until the patient module's own {@link PatientRecords} lands on main: a minimal reader of the V2
 * tables with the same access rule and audit. Backs off as soon as a real implementation exists.
 */
@AutoConfiguration
public class InterimPatientRecordsConfiguration {

    @Bean
    @ConditionalOnMissingBean(PatientRecords.class)
    PatientRecords interimPatientRecords(JdbcClient jdbc, CurrentUsers users, AuditTrail audit) {
        return new PatientRecords() {
            @Override
            public PatientChart get(UUID patientId) {
                var chart = load(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
                if (!users.currentOrSystem().mayReadPatient(chart.id(), chart.clinicId())) {
                    throw new PatientNotFoundException(patientId);
                }
                audit.record("READ", patientId, "chart");
                return chart;
            }

            @Override
            public void requireAccess(UUID patientId, String action) {
                get(patientId);
            }

            @Override
            public Page search(String query, int page, int size) {
                CurrentUser u = users.currentOrSystem();
                if (u.is(org.prolotrack.security.Role.PATIENT) || u.is(org.prolotrack.security.Role.RESEARCHER)) {
                    return new Page(List.of(), 0, page, size);
                }
                var q = query == null ? "" : query.trim().toLowerCase();
                var items = jdbc.sql("select id, clinic_id, mrn, given_name, family_name, birth_date, sex from patient"
                                + " where (cast(:clinic as uuid) is null or clinic_id = :clinic) and (:q = ''"
                                + " or lower(mrn) = :q or lower(given_name) like :like or lower(family_name) like :like"
                                + " or cast(birth_date as varchar) = :q) order by family_name, given_name limit :size offset :off")
                        .param("clinic", u.is(org.prolotrack.security.Role.ADMIN) ? null : u.clinicId())
                        .param("q", q).param("like", q + "%").param("size", size).param("off", page * size)
                        .query((rs, i) -> new PatientSummary(rs.getObject("id", UUID.class),
                                rs.getObject("clinic_id", UUID.class), rs.getString("mrn"), rs.getString("given_name"),
                                rs.getString("family_name"), rs.getObject("birth_date", LocalDate.class),
                                PatientChart.Sex.valueOf(rs.getString("sex")))).list();
                return new Page(items, items.size(), page, size);
            }

            @Override
            public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
                var chart = load(patientId);
                chart.ifPresent(c -> audit.recordAs("system", "READ", patientId, purpose));
                return chart;
            }

            private Optional<PatientChart> load(UUID id) {
                var conditions = jdbc.sql("select * from patient_condition where patient_id = :id and voided_at is null")
                        .param("id", id).query((rs, i) -> new PatientChart.Condition(rs.getObject("id", UUID.class),
                                rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                                rs.getString("body_site"), null, rs.getObject("onset_date", LocalDate.class),
                                PatientChart.Condition.Status.valueOf(rs.getString("clinical_status")),
                                rs.getObject("abatement_date", LocalDate.class))).list();
                var meds = jdbc.sql("select * from patient_medication where patient_id = :id and voided_at is null")
                        .param("id", id).query((rs, i) -> new PatientChart.Medication(rs.getObject("id", UUID.class),
                                rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                                rs.getString("dosage"), PatientChart.Medication.Status.valueOf(rs.getString("status")),
                                rs.getObject("start_date", LocalDate.class), rs.getObject("stop_date", LocalDate.class)))
                        .list();
                var allergies = jdbc.sql("select * from patient_allergy where patient_id = :id and voided_at is null")
                        .param("id", id).query((rs, i) -> new PatientChart.Allergy(rs.getObject("id", UUID.class),
                                rs.getString("code_system"), rs.getString("code"), rs.getString("substance"),
                                rs.getString("reaction"),
                                PatientChart.Allergy.Criticality.valueOf(rs.getString("criticality")),
                                PatientChart.Allergy.Status.valueOf(rs.getString("status")))).list();
                var care = jdbc.sql("select * from conservative_care where patient_id = :id and voided_at is null")
                        .param("id", id).query((rs, i) -> new PatientChart.ConservativeCare(rs.getObject("id", UUID.class),
                                PatientChart.ConservativeCare.Kind.valueOf(rs.getString("kind")),
                                rs.getString("description"), rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class),
                                PatientChart.ConservativeCare.Helped.valueOf(rs.getString("helped")))).list();
                var imaging = jdbc.sql("select * from imaging_study where patient_id = :id and voided_at is null")
                        .param("id", id).query((rs, i) -> new PatientChart.Imaging(rs.getObject("id", UUID.class),
                                PatientChart.Imaging.Modality.valueOf(rs.getString("modality")), rs.getString("body_site"),
                                rs.getObject("study_date", LocalDate.class), rs.getString("report_summary"))).list();
                return jdbc.sql("select * from patient where id = :id").param("id", id)
                        .query((rs, i) -> new PatientChart(id, rs.getObject("clinic_id", UUID.class), rs.getString("mrn"),
                                rs.getString("given_name"), rs.getString("family_name"),
                                rs.getObject("birth_date", LocalDate.class),
                                PatientChart.Sex.valueOf(rs.getString("sex")), rs.getString("phone"),
                                rs.getString("email"), rs.getString("address"), rs.getBigDecimal("weight_kg"),
                                rs.getObject("weight_measured_on", LocalDate.class),
                                rs.getObject("preferred_provider_id", UUID.class), conditions, meds, allergies, care,
                                imaging)).optional();
            }
        };
    }
}
