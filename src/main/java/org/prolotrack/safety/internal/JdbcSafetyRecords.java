package org.prolotrack.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.patient.PatientRecords;
import org.prolotrack.safety.AdverseEvent;
import org.prolotrack.safety.CheckIn;
import org.prolotrack.safety.SafetyRecords;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Side effects and adverse events; entries in error are voided (kept), never deleted. */
@Service
class JdbcSafetyRecords implements SafetyRecords {

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final CurrentUsers users;
    private final SafetyKnowledge knowledge;
    private final CheckInStore checkIns;
    private final org.prolotrack.security.PersonalLinks links;

    JdbcSafetyRecords(JdbcClient jdbc, PatientRecords patients, CurrentUsers users, SafetyKnowledge knowledge,
                      CheckInStore checkIns, org.prolotrack.security.PersonalLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.patients = patients;
        this.users = users;
        this.knowledge = knowledge;
        this.checkIns = checkIns;
    }

    @Override
    public List<CatalogueEntry> catalogue() {
        return knowledge.catalogue();
    }

    @Override
    @Transactional
    public AdverseEvent record(AdverseEvent.New e) {
        var chart = patients.get(e.patientId()); // checks access and audits the read
        if (knowledge.entry(e.catalogueCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown side effect '" + e.catalogueCode() + "'.");
        }
        if (e.severity() == null || e.relatedness() == null || e.onsetOn() == null) {
            throw new IllegalArgumentException("Severity, relatedness and onset are required.");
        }
        if (e.onsetOn().isAfter(LocalDate.now().plusDays(1))) {
            throw new IllegalArgumentException("The onset cannot be in the future.");
        }
        if (e.resolvedOn() != null && e.resolvedOn().isBefore(e.onsetOn())) {
            throw new IllegalArgumentException("Resolution cannot be before onset.");
        }
        if ("OTHER".equals(e.catalogueCode()) && (e.description() == null || e.description().isBlank())) {
            throw new IllegalArgumentException("Describe an 'other' side effect.");
        }
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        jdbc.sql("""
                insert into adverse_event (id, patient_id, clinic_id, plan_id, procedure_note_id, catalogue_code, description,
                    severity, serious, relatedness, onset_on, resolved_on, knowledge_version,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :clinic, :plan, :note, :code, :description, :severity, :serious, :relatedness,
                    :onset, :resolved, :version, :now, :by, :now, :by)""")
                .param("id", id).param("patient", e.patientId()).param("clinic", chart.clinicId()).param("plan", e.planId())
                .param("note", e.procedureNoteId()).param("code", e.catalogueCode())
                .param("description", e.description() == null || e.description().isBlank() ? null : e.description().strip())
                .param("severity", e.severity().name()).param("serious", e.serious())
                .param("relatedness", e.relatedness().name()).param("onset", e.onsetOn()).param("resolved", e.resolvedOn())
                .param("version", knowledge.catalogueVersion()).param("now", now).param("by", by).update();
        return find(id);
    }

    @Override
    @Transactional
    public AdverseEvent resolve(UUID id, LocalDate resolvedOn) {
        var e = find(id);
        patients.requireAccess(e.patientId(), "ADVERSE_EVENT_RESOLVE");
        if (resolvedOn == null || resolvedOn.isBefore(e.onsetOn())) {
            throw new IllegalArgumentException("Resolution cannot be before onset.");
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("update adverse_event set resolved_on = :r, changed_at = :now, changed_by = :by where id = :id")
                .param("r", resolvedOn).param("now", now).param("by", users.currentOrSystem().username()).param("id", id)
                .update();
        return find(id);
    }

    @Override
    @Transactional
    public void voidEvent(UUID id, String reason) {
        var e = find(id);
        patients.requireAccess(e.patientId(), "ADVERSE_EVENT_VOID");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the entry is voided.");
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        jdbc.sql("""
                update adverse_event set voided_at = :now, voided_by = :by, void_reason = :reason, changed_at = :now,
                    changed_by = :by where id = :id and voided_at is null""")
                .param("now", now).param("by", by).param("reason", reason.strip()).param("id", id).update();
    }

    @Override
    public List<AdverseEvent> adverseEvents(UUID patientId) {
        patients.requireAccess(patientId, "ADVERSE_EVENT_READ");
        return jdbc.sql("select * from adverse_event where patient_id = :p and voided_at is null order by onset_on desc")
                .param("p", patientId).query(this::row).list();
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public java.util.Optional<AdverseEvent> adverseEvent(UUID id) {
        var e = jdbc.sql("select * from adverse_event where id = :id and voided_at is null").param("id", id)
                .query(this::row).optional();
        e.ifPresent(x -> patients.requireAccess(x.patientId(), "ADVERSE_EVENT_READ"));
        return e;
    }

    @Override
    public List<CheckIn> checkIns(UUID patientId) {
        patients.requireAccess(patientId, "CHECKIN_READ");
        return checkIns.forPatient(patientId);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public String issueCheckInLink(UUID patientId, UUID checkInId) {
        patients.requireAccess(patientId, "CHECKIN_LINK_ISSUE");
        var c = checkIns.find(checkInId).filter(found -> found.patientId().equals(patientId))
                .orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such check-in"));
        if (c.submitted()) {
            throw new IllegalArgumentException("This check-in was already received.");
        }
        return links.issue(c.patientId(), CheckInLinkSender.PURPOSE, c.id(), knowledge.linkValid());
    }

    private AdverseEvent find(UUID id) {
        return jdbc.sql("select * from adverse_event where id = :id and voided_at is null").param("id", id)
                .query(this::row).optional()
                .orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such adverse event"));
    }

    private AdverseEvent row(ResultSet rs, int i) throws SQLException {
        var code = rs.getString("catalogue_code");
        return new AdverseEvent(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("plan_id", UUID.class), rs.getObject("procedure_note_id", UUID.class), code,
                knowledge.entry(code).map(CatalogueEntry::name).orElse(code), rs.getString("description"),
                AdverseEvent.Severity.valueOf(rs.getString("severity")), rs.getBoolean("serious"),
                AdverseEvent.Relatedness.valueOf(rs.getString("relatedness")), rs.getObject("onset_on", LocalDate.class),
                rs.getObject("resolved_on", LocalDate.class), rs.getString("created_by"), rs.getString("knowledge_version"));
    }
}
