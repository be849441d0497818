package org.prolotrack.patient.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.VoidedEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads patients for the signed-in user: clinic staff their clinic, a patient itself, an admin all, a researcher none. */
@Service
@Transactional
class JdbcPatientRecords implements PatientRecords {

    static final int MAX_PAGE_SIZE = 100;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ChartQueries queries;
    private final PatientAccess access;

    JdbcPatientRecords(ChartQueries queries, PatientAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public PatientChart get(UUID patientId) {
        access.requireRead(patientId, "PATIENT_READ");
        return queries.chart(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    @Override
    public List<VoidedEntry> voidedEntries(UUID patientId) {
        access.requireRead(patientId, "PATIENT_READ_VOIDED");
        return queries.voided(patientId);
    }

    @Override
    public void requireAccess(UUID patientId, String action) {
        access.requireRead(patientId, action);
    }

    @Override
    public Page search(String query, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        var user = access.user();
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder();
        switch (user.role()) {
            case ADMIN -> where.append("1 = 1");
            case CLINICIAN, STAFF -> {
                where.append("p.clinic_id = :clinic");
                params.put("clinic", user.clinicId());
            }
            case PATIENT -> {
                where.append("p.id = :self");
                params.put("self", user.patientId());
            }
            case RESEARCHER -> {
                return new Page(List.of(), 0, safePage, safeSize);
            }
        }
        var q = query == null ? "" : query.trim();
        if (!q.isEmpty()) {
            var birthDate = isoDate(q);
            if (birthDate.isPresent()) {
                where.append(" and p.birth_date = :birth");
                params.put("birth", birthDate.get());
            } else {
                where.append(" and (lower(p.family_name) like :prefix or lower(p.given_name) like :prefix"
                        + " or lower(p.mrn) like :prefix or lower(p.given_name || ' ' || p.family_name) like :contains"
                        + " or lower(p.family_name || ', ' || p.given_name) like :contains)");
                var lower = escapeLike(q.toLowerCase(Locale.ROOT));
                params.put("prefix", lower + "%");
                params.put("contains", "%" + lower + "%");
            }
        }
        long total = queries.count(where.toString(), params);
        var items = queries.summaries(where.toString(), params, safeSize, safePage * safeSize);
        access.audited("PATIENT_SEARCH", null, "q=" + q + "; page=" + safePage + "; results=" + items.size() + " of " + total);
        return new Page(items, total, safePage, safeSize);
    }

    @Override
    public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
        var chart = queries.chart(patientId);
        chart.ifPresent(c -> access.auditedAs("system", "PATIENT_READ_SYSTEM", patientId, purpose));
        return chart;
    }

    private static Optional<LocalDate> isoDate(String q) {
        if (!ISO_DATE.matcher(q).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(q));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + q + "' is not a valid date of birth (yyyy-mm-dd).");
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
