package org.prolotrack.patient.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientChart.Allergy;
import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientChart.Medication;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientSummary;
import org.prolotrack.patient.PatientRegistry.EntryKind;
import org.prolotrack.patient.VoidedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads charts and patient lists with plain SQL. No access checks here: callers go through {@link PatientAccess}. */
@Component
class ChartQueries {

    private final JdbcClient jdbc;

    ChartQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PatientChart> chart(UUID id) {
        return jdbc.sql("select * from patient where id = :id").param("id", id)
                .query((rs, i) -> new PatientChart(id, uuid(rs, "clinic_id"), rs.getString("mrn"),
                        rs.getString("given_name"), rs.getString("family_name"), date(rs, "birth_date"),
                        Sex.valueOf(rs.getString("sex")), rs.getString("phone"), rs.getString("email"),
                        rs.getString("address"), rs.getBigDecimal("weight_kg"), date(rs, "weight_measured_on"),
                        uuid(rs, "preferred_provider_id"), conditions(id), medications(id), allergies(id),
                        care(id), imaging(id)))
                .optional();
    }

    Optional<Integer> version(UUID id) {
        return jdbc.sql("select version from patient where id = :id").param("id", id).query(Integer.class).optional();
    }

    /** One page of the patients matching {@code where} (an SQL condition over alias p), by family then given name. */
    List<PatientSummary> summaries(String where, java.util.Map<String, Object> params, int limit, int offset) {
        return jdbc.sql("select p.id, p.clinic_id, p.mrn, p.given_name, p.family_name, p.birth_date, p.sex from patient p where "
                        + where + " order by lower(p.family_name), lower(p.given_name), p.id limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new PatientSummary(uuid(rs, "id"), uuid(rs, "clinic_id"), rs.getString("mrn"),
                        rs.getString("given_name"), rs.getString("family_name"), date(rs, "birth_date"),
                        Sex.valueOf(rs.getString("sex"))))
                .list();
    }

    long count(String where, java.util.Map<String, Object> params) {
        return jdbc.sql("select count(*) from patient p where " + where).params(params).query(Long.class).single();
    }

    /** The patient's voided entries of every kind, newest first. */
    List<VoidedEntry> voided(UUID patient) {
        return jdbc.sql("""
                select 'CONDITION' as kind, id, display as description, voided_at, voided_by, void_reason
                  from patient_condition where patient_id = :p and voided_at is not null
                union all
                select 'MEDICATION', id, display, voided_at, voided_by, void_reason
                  from patient_medication where patient_id = :p and voided_at is not null
                union all
                select 'ALLERGY', id, substance, voided_at, voided_by, void_reason
                  from patient_allergy where patient_id = :p and voided_at is not null
                union all
                select 'CONSERVATIVE_CARE', id, description, voided_at, voided_by, void_reason
                  from conservative_care where patient_id = :p and voided_at is not null
                union all
                select 'IMAGING', id, modality || coalesce(' ' || body_site, ''), voided_at, voided_by, void_reason
                  from imaging_study where patient_id = :p and voided_at is not null
                order by voided_at desc""")
                .param("p", patient)
                .query((rs, n) -> new VoidedEntry(EntryKind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                        rs.getString("description"), rs.getObject("voided_at", OffsetDateTime.class).toInstant(),
                        rs.getString("voided_by"), rs.getString("void_reason")))
                .list();
    }

    private List<Condition> conditions(UUID patient) {
        return jdbc.sql("""
                select * from patient_condition where patient_id = :p and voided_at is null
                order by case clinical_status when 'ACTIVE' then 0 else 1 end, onset_date desc nulls last, display""")
                .param("p", patient)
                .query((rs, i) -> new Condition(uuid(rs, "id"), rs.getString("code_system"), rs.getString("code"),
                        rs.getString("display"), rs.getString("body_site"), laterality(rs.getString("laterality")),
                        date(rs, "onset_date"), Condition.Status.valueOf(rs.getString("clinical_status")),
                        date(rs, "abatement_date"), rs.getInt("version")))
                .list();
    }

    private List<Medication> medications(UUID patient) {
        return jdbc.sql("""
                select * from patient_medication where patient_id = :p and voided_at is null
                order by case status when 'ACTIVE' then 0 else 1 end, start_date desc nulls last, display""")
                .param("p", patient)
                .query((rs, i) -> new Medication(uuid(rs, "id"), rs.getString("code_system"), rs.getString("code"),
                        rs.getString("display"), rs.getString("dosage"), Medication.Status.valueOf(rs.getString("status")),
                        date(rs, "start_date"), date(rs, "stop_date")))
                .list();
    }

    private List<Allergy> allergies(UUID patient) {
        return jdbc.sql("select * from patient_allergy where patient_id = :p and voided_at is null order by substance")
                .param("p", patient)
                .query((rs, i) -> new Allergy(uuid(rs, "id"), rs.getString("code_system"), rs.getString("code"),
                        rs.getString("substance"), rs.getString("reaction"),
                        Allergy.Criticality.valueOf(rs.getString("criticality")), Allergy.Status.valueOf(rs.getString("status"))))
                .list();
    }

    private List<ConservativeCare> care(UUID patient) {
        return jdbc.sql("select * from conservative_care where patient_id = :p and voided_at is null order by start_date desc nulls last")
                .param("p", patient)
                .query((rs, i) -> new ConservativeCare(uuid(rs, "id"), ConservativeCare.Kind.valueOf(rs.getString("kind")),
                        rs.getString("description"), date(rs, "start_date"), date(rs, "end_date"),
                        ConservativeCare.Helped.valueOf(rs.getString("helped"))))
                .list();
    }

    private List<Imaging> imaging(UUID patient) {
        return jdbc.sql("select * from imaging_study where patient_id = :p and voided_at is null order by study_date desc")
                .param("p", patient)
                .query((rs, i) -> new Imaging(uuid(rs, "id"), Imaging.Modality.valueOf(rs.getString("modality")),
                        rs.getString("body_site"), date(rs, "study_date"), rs.getString("report_summary")))
                .list();
    }

    private static Laterality laterality(String s) {
        return s == null ? null : Laterality.valueOf(s);
    }

    private static UUID uuid(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }
}
