package org.prolotrack.patient.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.Medication;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.EntryKind;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes patient rows: one at a time, or in batches for bulk registration. Entries are voided, never deleted. */
@Component
class PatientStore {

    static final String INSERT_PATIENT = """
            insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, phone, email, address,
                weight_kg, weight_measured_on, preferred_provider_id, version, created_at, created_by, changed_at, changed_by)
            values (:id, :clinic, :mrn, :given, :family, :birth, :sex, :phone, :email, :address,
                :weight, :weighedOn, :provider, 0, :now, :by, :now, :by)""";
    static final String INSERT_CONDITION = """
            insert into patient_condition (id, patient_id, code_system, code, display, body_site, laterality, onset_date,
                clinical_status, abatement_date, created_at, created_by, changed_at, changed_by)
            values (:id, :patient, :system, :code, :display, :site, :laterality, :onset, :status, :abatement,
                :now, :by, :now, :by)""";
    static final String INSERT_MEDICATION = """
            insert into patient_medication (id, patient_id, code_system, code, display, dosage, status, start_date,
                stop_date, created_at, created_by, changed_at, changed_by)
            values (:id, :patient, :system, :code, :display, :dosage, :status, :start, :stop, :now, :by, :now, :by)""";
    static final String INSERT_ALLERGY = """
            insert into patient_allergy (id, patient_id, code_system, code, substance, reaction, criticality, status,
                created_at, created_by, changed_at, changed_by)
            values (:id, :patient, :system, :code, :substance, :reaction, :criticality, 'ACTIVE', :now, :by, :now, :by)""";
    static final String INSERT_CARE = """
            insert into conservative_care (id, patient_id, kind, description, start_date, end_date, helped,
                created_at, created_by, changed_at, changed_by)
            values (:id, :patient, :kind, :description, :start, :end, :helped, :now, :by, :now, :by)""";
    static final String INSERT_IMAGING = """
            insert into imaging_study (id, patient_id, modality, body_site, study_date, report_summary,
                created_at, created_by, changed_at, changed_by)
            values (:id, :patient, :modality, :site, :studyDate, :summary, :now, :by, :now, :by)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PatientStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean mrnTaken(UUID clinic, String mrn, UUID exceptPatient) {
        return jdbc.sql("select count(*) from patient where clinic_id = :c and mrn = :mrn and (cast(:except as uuid) is null or id <> :except)")
                .param("c", clinic).param("mrn", mrn).param("except", exceptPatient).query(Integer.class).single() > 0;
    }

    UUID clinicOf(UUID patient) {
        return jdbc.sql("select clinic_id from patient where id = :id").param("id", patient).query(UUID.class).single();
    }

    void insert(String sql, Map<String, Object> row) {
        jdbc.sql(sql).params(row).update();
    }

    void insertAll(String sql, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.stream().map(MapSqlParameterSource::new).toArray(SqlParameterSource[]::new));
        }
    }

    void updateDemographics(UUID id, int expectedVersion, Demographics d, String by) {
        int n = jdbc.sql("""
                update patient set mrn = :mrn, given_name = :given, family_name = :family, birth_date = :birth, sex = :sex,
                    phone = :phone, email = :email, address = :address, weight_kg = :weight, weight_measured_on = :weighedOn,
                    preferred_provider_id = :provider, version = version + 1, changed_at = :now, changed_by = :by
                where id = :id and version = :version""")
                .params(demographics(d, by)).param("id", id).param("version", expectedVersion).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("patient " + id + " changed since version " + expectedVersion);
        }
    }

    void updateWeight(UUID id, java.math.BigDecimal kg, LocalDate on, String by) {
        jdbc.sql("""
                update patient set weight_kg = :kg, weight_measured_on = :on, version = version + 1, changed_at = :now,
                    changed_by = :by where id = :id""")
                .param("kg", kg).param("on", on).param("now", now()).param("by", by).param("id", id).update();
    }

    /**
     * False when there is no such live condition; throws {@link OptimisticLockingFailureException} when there is
     * one but it is no longer at {@code expectedVersion} (null: any version).
     */
    boolean updateCondition(UUID patient, UUID id, ConditionEntry c, Integer expectedVersion, String by) {
        var row = condition(patient, c, by);
        row.put("id", id);
        row.put("expected", expectedVersion);
        if (jdbc.sql("""
                update patient_condition set code_system = :system, code = :code, display = :display, body_site = :site,
                    laterality = :laterality, onset_date = :onset, clinical_status = :status, abatement_date = :abatement,
                    version = version + 1, changed_in_chart = true, changed_at = :now, changed_by = :by
                where id = :id and patient_id = :patient and voided_at is null
                  and (cast(:expected as integer) is null or version = :expected)""").params(row).update() == 1) {
            return true;
        }
        boolean exists = jdbc.sql("select count(*) from patient_condition where id = :id and patient_id = :patient"
                + " and voided_at is null").param("id", id).param("patient", patient).query(Integer.class).single() > 0;
        if (exists) {
            throw new OptimisticLockingFailureException("condition " + id + " changed since version " + expectedVersion);
        }
        return false;
    }

    boolean resolveCondition(UUID patient, UUID id, LocalDate on, String by) {
        return jdbc.sql("""
                update patient_condition set clinical_status = 'RESOLVED', abatement_date = :on, version = version + 1,
                    changed_in_chart = true, changed_at = :now, changed_by = :by
                where id = :id and patient_id = :patient and voided_at is null and clinical_status = 'ACTIVE'
                  and (onset_date is null or onset_date <= :on)""")
                .param("on", on).param("now", now()).param("by", by).param("id", id).param("patient", patient).update() == 1;
    }

    boolean stopMedication(UUID patient, UUID id, LocalDate on, String by) {
        return jdbc.sql("""
                update patient_medication set status = 'STOPPED', stop_date = :on, changed_in_chart = true,
                    changed_at = :now, changed_by = :by
                where id = :id and patient_id = :patient and voided_at is null and status = 'ACTIVE'
                  and (start_date is null or start_date <= :on)""")
                .param("on", on).param("now", now()).param("by", by).param("id", id).param("patient", patient).update() == 1;
    }

    boolean voidEntry(UUID patient, EntryKind kind, UUID id, String reason, String by) {
        var table = switch (kind) {
            case CONDITION -> "patient_condition";
            case MEDICATION -> "patient_medication";
            case ALLERGY -> "patient_allergy";
            case CONSERVATIVE_CARE -> "conservative_care";
            case IMAGING -> "imaging_study";
        };
        return jdbc.sql("update " + table + " set voided_at = :now, voided_by = :by, void_reason = :reason, changed_at = :now,"
                        + " changed_by = :by where id = :id and patient_id = :patient and voided_at is null")
                .param("now", now()).param("by", by).param("reason", reason).param("id", id).param("patient", patient)
                .update() == 1;
    }

    static Map<String, Object> patient(UUID id, UUID clinic, Demographics d, String by) {
        var row = demographics(d, by);
        row.put("id", id);
        row.put("clinic", clinic);
        return row;
    }

    static Map<String, Object> demographics(Demographics d, String by) {
        var row = audit(by);
        row.put("mrn", d.mrn().trim());
        row.put("given", d.givenName().trim());
        row.put("family", d.familyName().trim());
        row.put("birth", d.birthDate());
        row.put("sex", d.sex().name());
        row.put("phone", EntryRules.clean(d.phone()));
        row.put("email", EntryRules.clean(d.email()));
        row.put("address", EntryRules.clean(d.address()));
        row.put("weight", d.weightKg());
        row.put("weighedOn", d.weightMeasuredOn());
        row.put("provider", d.preferredProviderId());
        return row;
    }

    static Map<String, Object> condition(UUID patient, ConditionEntry c, String by) {
        var row = entry(patient, by);
        row.put("system", c.codeSystem());
        row.put("code", EntryRules.clean(c.code()));
        row.put("display", c.display().trim());
        row.put("site", EntryRules.clean(c.bodySite()));
        row.put("laterality", c.laterality() == null ? null : c.laterality().name());
        row.put("onset", c.onsetDate());
        row.put("status", c.status().name());
        row.put("abatement", c.status() == Condition.Status.RESOLVED ? c.abatementDate() : null);
        return row;
    }

    static Map<String, Object> medication(UUID patient, MedicationEntry m, String by) {
        var row = entry(patient, by);
        row.put("system", m.codeSystem());
        row.put("code", EntryRules.clean(m.code()));
        row.put("display", m.display().trim());
        row.put("dosage", EntryRules.clean(m.dosage()));
        row.put("status", (m.stopDate() == null ? Medication.Status.ACTIVE : Medication.Status.STOPPED).name());
        row.put("start", m.startDate());
        row.put("stop", m.stopDate());
        return row;
    }

    static Map<String, Object> allergy(UUID patient, AllergyEntry a, String by) {
        var row = entry(patient, by);
        row.put("system", a.codeSystem());
        row.put("code", EntryRules.clean(a.code()));
        row.put("substance", a.substance().trim());
        row.put("reaction", EntryRules.clean(a.reaction()));
        row.put("criticality", a.criticality().name());
        return row;
    }

    static Map<String, Object> care(UUID patient, CareEntry c, String by) {
        var row = entry(patient, by);
        row.put("kind", c.kind().name());
        row.put("description", c.description().trim());
        row.put("start", c.startDate());
        row.put("end", c.endDate());
        row.put("helped", c.helped().name());
        return row;
    }

    static Map<String, Object> imaging(UUID patient, ImagingEntry i, String by) {
        var row = entry(patient, by);
        row.put("modality", i.modality().name());
        row.put("site", i.bodySite().trim());
        row.put("studyDate", i.studyDate());
        row.put("summary", EntryRules.clean(i.reportSummary()));
        return row;
    }

    private static Map<String, Object> entry(UUID patient, String by) {
        var row = audit(by);
        row.put("id", UUID.randomUUID());
        row.put("patient", patient);
        return row;
    }

    private static Map<String, Object> audit(String by) {
        Map<String, Object> row = new HashMap<>();
        row.put("now", now());
        row.put("by", by);
        return row;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
