package org.prolotrack.patient.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.prolotrack.patient.PatientFactsChanged;
import org.prolotrack.patient.PatientFactsChanged.What;
import org.prolotrack.patient.PatientImports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported patients with hand-written SQL. Entries are matched on (patient, source_id): a new source id is
 * inserted, a known one updated only when a value differs, a voided one left voided (a clinician's void wins over
 * a re-import). Inserts go in JDBC batches: a Synthea patient has dozens of entries.
 */
@Service
class PatientImportWriter implements PatientImports {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ApplicationEventPublisher events;

    PatientImportWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** One clinical-entry table: its name, its data columns (with their widths) and how to read an entry. */
    private record EntryTable<T>(String table, What what, Map<String, Integer> widths,
                                 Function<T, String> sourceId, Function<T, List<Object>> values) {
        List<String> columns() {
            return List.copyOf(widths.keySet());
        }
    }

    private static Map<String, Integer> cols(Object... nameWidth) {
        var m = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < nameWidth.length; i += 2) {
            m.put((String) nameWidth[i], (Integer) nameWidth[i + 1]);
        }
        return m;
    }

    private static final EntryTable<ImportedCondition> CONDITIONS = new EntryTable<>("patient_condition",
            What.CONDITIONS, cols("code_system", 20, "code", 40, "display", 300, "body_site", 100, "laterality", 10,
            "onset_date", 0, "clinical_status", 10, "abatement_date", 0), ImportedCondition::sourceId,
            c -> list(c.codeSystem(), c.code(), c.display(), c.bodySite(), c.laterality(), c.onsetDate(),
                    c.status(), c.abatementDate()));
    private static final EntryTable<ImportedMedication> MEDICATIONS = new EntryTable<>("patient_medication",
            What.MEDICATIONS, cols("code_system", 20, "code", 40, "display", 300, "dosage", 200, "status", 10,
            "start_date", 0, "stop_date", 0), ImportedMedication::sourceId,
            m -> list(m.codeSystem(), m.code(), m.display(), m.dosage(), m.status(), m.startDate(), m.stopDate()));
    private static final EntryTable<ImportedAllergy> ALLERGIES = new EntryTable<>("patient_allergy",
            What.ALLERGIES, cols("code_system", 20, "code", 40, "substance", 200, "reaction", 200,
            "criticality", 20, "status", 10), ImportedAllergy::sourceId,
            a -> list(a.codeSystem(), a.code(), a.substance(), a.reaction(), a.criticality(), a.status()));
    private static final EntryTable<ImportedCare> CARE = new EntryTable<>("conservative_care", null,
            cols("kind", 30, "description", 300, "start_date", 0, "end_date", 0, "helped", 10),
            ImportedCare::sourceId, c -> list(c.kind(), c.description(), c.startDate(), c.endDate(), c.helped()));
    private static final EntryTable<ImportedImaging> IMAGING = new EntryTable<>("imaging_study", null,
            cols("modality", 20, "body_site", 100, "study_date", 0, "report_summary", 2000),
            ImportedImaging::sourceId, i -> list(i.modality(), i.bodySite(), i.studyDate(), i.reportSummary()));

    private static List<Object> list(Object... values) {
        return java.util.Arrays.asList(values);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome importPatient(UUID clinicId, ImportedPatient p, String importedBy) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var existing = jdbc.sql("select id, given_name, family_name, birth_date, sex, phone, email, address,"
                        + " weight_kg, weight_measured_on from patient where clinic_id = :clinic and mrn = :mrn")
                .param("clinic", clinicId).param("mrn", p.mrn())
                .query((rs, i) -> Map.<String, Object>of("id", rs.getObject("id", UUID.class),
                        "values", normalise(list(rs.getString("given_name"), rs.getString("family_name"),
                                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"),
                                rs.getString("phone"), rs.getString("email"), rs.getString("address"))),
                        "weight", Objects.requireNonNullElse(rs.getBigDecimal("weight_kg"), BigDecimal.ZERO),
                        "weightOn", Objects.requireNonNullElse(rs.getObject("weight_measured_on", LocalDate.class),
                                LocalDate.MIN)))
                .optional();
        var changed = EnumSet.noneOf(What.class);
        UUID id;
        boolean created = false;
        boolean updated = false;
        if (existing.isEmpty()) {
            id = UUID.randomUUID();
            created = true;
            jdbc.sql("""
                    insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, phone, email,
                        address, weight_kg, weight_measured_on, created_at, created_by, changed_at, changed_by)
                    values (:id, :clinic, :mrn, :given, :family, :birth, :sex, :phone, :email, :address, :weight,
                        :weightOn, :now, :by, :now, :by)""")
                    .param("id", id).param("clinic", clinicId).param("mrn", p.mrn())
                    .params(demographics(p)).param("weight", p.weightKg()).param("weightOn", p.weightMeasuredOn())
                    .param("now", now).param("by", importedBy).update();
            if (p.weightKg() != null) {
                changed.add(What.WEIGHT);
            }
        } else {
            id = (UUID) existing.get().get("id");
            var imported = normalise(list(p.givenName(), p.familyName(), p.birthDate(), p.sex(), p.phone(),
                    p.email(), p.address()));
            if (!imported.equals(existing.get().get("values"))) {
                updated = true;
                jdbc.sql("""
                        update patient set given_name = :given, family_name = :family, birth_date = :birth, sex = :sex,
                            phone = :phone, email = :email, address = :address, version = version + 1,
                            changed_at = :now, changed_by = :by where id = :id""")
                        .params(demographics(p)).param("now", now).param("by", importedBy).param("id", id).update();
            }
            var knownOn = (LocalDate) existing.get().get("weightOn");
            var known = (BigDecimal) existing.get().get("weight");
            if (p.weightKg() != null && p.weightMeasuredOn() != null && !p.weightMeasuredOn().isBefore(knownOn)
                    && (p.weightKg().compareTo(known) != 0 || !p.weightMeasuredOn().equals(knownOn))) {
                updated = true;
                changed.add(What.WEIGHT);
                jdbc.sql("update patient set weight_kg = :w, weight_measured_on = :on, version = version + 1,"
                                + " changed_at = :now, changed_by = :by where id = :id")
                        .param("w", p.weightKg()).param("on", p.weightMeasuredOn()).param("now", now)
                        .param("by", importedBy).param("id", id).update();
            }
        }
        var counts = new int[3];
        merge(id, CONDITIONS, p.conditions(), importedBy, now, counts, changed);
        merge(id, MEDICATIONS, p.medications(), importedBy, now, counts, changed);
        merge(id, ALLERGIES, p.allergies(), importedBy, now, counts, changed);
        merge(id, CARE, p.conservativeCare(), importedBy, now, counts, changed);
        merge(id, IMAGING, p.imaging(), importedBy, now, counts, changed);
        for (var what : changed) {
            events.publishEvent(new PatientFactsChanged(id, what));
        }
        return new Outcome(id, created, updated, counts[0], counts[1], counts[2]);
    }

    private static Map<String, Object> demographics(ImportedPatient p) {
        var m = new HashMap<String, Object>();
        m.put("given", cut(p.givenName(), 100));
        m.put("family", cut(p.familyName(), 100));
        m.put("birth", p.birthDate());
        m.put("sex", p.sex().name());
        m.put("phone", cut(p.phone(), 40));
        m.put("email", cut(p.email(), 200));
        m.put("address", cut(p.address(), 300));
        return m;
    }

    private <T> void merge(UUID patientId, EntryTable<T> t, List<T> entries, String by, OffsetDateTime now,
                           int[] counts, Set<What> changed) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        var columns = t.columns();
        var known = new HashMap<String, Map.Entry<UUID, List<String>>>();
        // conditions a clinician edited or resolved, medications a clinician stopped, keep the clinician's values
        var keptInChart = t == CONDITIONS || t == MEDICATIONS ? "changed_in_chart" : "false";
        jdbc.sql("select id, source_id, voided_at, " + keptInChart + " as kept_in_chart, " + String.join(", ", columns)
                        + " from " + t.table() + " where patient_id = :patient and source_id is not null")
                .param("patient", patientId)
                .query(rs -> {
                    var values = new ArrayList<Object>();
                    for (var c : columns) {
                        values.add(rs.getObject(c));
                    }
                    // a voided entry stays voided, an entry changed in the chart stays as changed: remember them with
                    // no values, so they never match nor update
                    boolean keep = rs.getObject("voided_at") != null || rs.getBoolean("kept_in_chart");
                    known.put(rs.getString("source_id"), Map.entry(rs.getObject("id", UUID.class),
                            keep ? List.of() : normalise(values)));
                });
        var inserts = new ArrayList<MapSqlParameterSource>();
        var updates = new ArrayList<MapSqlParameterSource>();
        for (var e : entries) {
            var values = new ArrayList<Object>();
            var raw = t.values().apply(e);
            for (int i = 0; i < columns.size(); i++) {
                var v = raw.get(i);
                values.add(v instanceof Enum<?> en ? en.name() : v instanceof String s ? cut(s, t.widths().get(columns.get(i))) : v);
            }
            var sourceId = cut(t.sourceId().apply(e), 200);
            var row = known.get(sourceId);
            if (row != null && (row.getValue().isEmpty() || row.getValue().equals(normalise(values)))) {
                counts[2]++;
                continue;
            }
            var params = new MapSqlParameterSource().addValue("patient", patientId).addValue("source", sourceId)
                    .addValue("now", now).addValue("by", by);
            for (int i = 0; i < columns.size(); i++) {
                params.addValue(columns.get(i), values.get(i));
            }
            if (row == null) {
                inserts.add(params.addValue("id", UUID.randomUUID()));
                known.put(sourceId, Map.entry(new UUID(0, 0), normalise(values)));   // duplicate in one bundle
            } else {
                updates.add(params.addValue("id", row.getKey()));
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("insert into " + t.table() + " (id, patient_id, source_id, " + String.join(", ", columns)
                    + ", created_at, created_by, changed_at, changed_by) values (:id, :patient, :source, :"
                    + String.join(", :", columns) + ", :now, :by, :now, :by)", inserts.toArray(MapSqlParameterSource[]::new));
        }
        if (!updates.isEmpty()) {
            var set = new StringBuilder();
            for (var c : columns) {
                set.append(c).append(" = :").append(c).append(", ");
            }
            if (t == CONDITIONS) {
                set.append("version = version + 1, ");   // an open edit form of this condition is now stale
            }
            batch.batchUpdate("update " + t.table() + " set " + set + "changed_at = :now, changed_by = :by where id = :id",
                    updates.toArray(MapSqlParameterSource[]::new));
        }
        counts[0] += inserts.size();
        counts[1] += updates.size();
        if (t.what() != null && (!inserts.isEmpty() || !updates.isEmpty())) {
            changed.add(t.what());
        }
    }

    /** Values as comparable text: dates from either driver, enums by name, decimals without trailing zeros. */
    private static List<String> normalise(List<?> values) {
        var out = new ArrayList<String>(values.size());
        for (var v : values) {
            out.add(switch (v) {
                case null -> null;
                case java.sql.Date d -> d.toLocalDate().toString();
                case Enum<?> e -> e.name();
                case BigDecimal b -> b.stripTrailingZeros().toPlainString();
                default -> v.toString();
            });
        }
        return out;
    }

    private static String cut(String s, int width) {
        return s == null || width <= 0 || s.length() <= width ? s : s.substring(0, width);
    }

    @Override
    public List<UUID> patientIds(UUID clinicId, UUID after, int limit) {
        return jdbc.sql("select id from patient where (cast(:clinic as uuid) is null or clinic_id = :clinic)"
                        + " and (cast(:after as uuid) is null or id > :after) order by id limit :limit")
                .param("clinic", clinicId).param("after", after).param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(UUID.class).list();
    }

    @Override
    public List<UUID> patientIdsChangedSince(UUID clinicId, java.time.Instant since, UUID after, int limit) {
        return jdbc.sql("""
                select p.id from patient p where (cast(:clinic as uuid) is null or p.clinic_id = :clinic)
                  and (cast(:after as uuid) is null or p.id > :after)
                  and (p.changed_at >= :since
                    or exists (select 1 from patient_condition c where c.patient_id = p.id and c.changed_at >= :since)
                    or exists (select 1 from patient_medication m where m.patient_id = p.id and m.changed_at >= :since)
                    or exists (select 1 from patient_allergy a where a.patient_id = p.id and a.changed_at >= :since))
                order by p.id limit :limit""")
                .param("clinic", clinicId).param("after", after).param("since", since.atOffset(ZoneOffset.UTC))
                .param("limit", Math.max(1, Math.min(limit, 1000))).query(UUID.class).list();
    }

    @Override
    public java.util.Set<UUID> changedSince(UUID patientId, java.time.Instant since) {
        return new java.util.HashSet<>(jdbc.sql("""
                select p.id from patient p where p.id = :patient and p.changed_at >= :since
                union all select c.id from patient_condition c where c.patient_id = :patient and c.changed_at >= :since
                union all select m.id from patient_medication m where m.patient_id = :patient and m.changed_at >= :since
                union all select a.id from patient_allergy a where a.patient_id = :patient and a.changed_at >= :since""")
                .param("patient", patientId).param("since", since.atOffset(ZoneOffset.UTC)).query(UUID.class).list());
    }

    @Override
    public java.util.Optional<UUID> patientOfEntry(UUID entryId) {
        return jdbc.sql("""
                select patient_id from patient_condition where id = :id
                union all select patient_id from patient_medication where id = :id
                union all select patient_id from patient_allergy where id = :id
                union all select patient_id from conservative_care where id = :id
                union all select patient_id from imaging_study where id = :id""")
                .param("id", entryId).query(UUID.class).optional();
    }
}
