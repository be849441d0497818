package org.prolotrack.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.notification.Outbox;
import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.safety.SafetyAlert;
import org.prolotrack.safety.SafetyAlerts;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The red-flag inbox. Escalation marks each overdue alert with a conditional update, so with several
 * instances each alert escalates once; the escalation e-mail is queued in the same transaction.
 */
@Service
class JdbcSafetyAlerts implements SafetyAlerts {

    private static final String SELECT = """
            select a.*, c.comment, c.pain_now from safety_alert a join safety_checkin c on c.id = a.checkin_id""";

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ClinicContacts contacts;
    private final Duration escalateAfter;
    private final String publicUrl;

    JdbcSafetyAlerts(JdbcClient jdbc, CurrentUsers users, PatientRecords patients, AuditTrail audit, Outbox outbox,
                     ClinicContacts contacts, @Value("${prolotrack.safety.escalate-after:PT2H}") Duration escalateAfter,
                     @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.users = users;
        this.patients = patients;
        this.audit = audit;
        this.outbox = outbox;
        this.contacts = contacts;
        this.escalateAfter = escalateAfter;
        this.publicUrl = publicUrl;
    }

    @Override
    public List<SafetyAlert> forClinic(UUID clinicId, boolean openOnly) {
        var me = users.currentOrSystem();
        if (!(me.worksAt(clinicId) || me.is(Role.ADMIN))) {
            throw org.prolotrack.problem.Refusal.forbidden("Not your clinic's inbox");
        }
        var alerts = jdbc.sql(SELECT + " where a.clinic_id = :c" + (openOnly ? " and a.state = 'OPEN'" : "")
                        + " order by a.state desc, case when a.severity = 'EMERGENCY' then 0 else 1 end, a.raised_at desc limit 200")
                .param("c", clinicId).query(JdbcSafetyAlerts::row).list();
        return alerts.stream().map(this::named).toList();
    }

    private SafetyAlert named(SafetyAlert a) {
        var name = patients.readAsSystem(a.patientId(), "clinic inbox").map(p -> p.fullName()).orElse("(unknown)");
        return new SafetyAlert(a.id(), a.checkInId(), a.patientId(), a.clinicId(), a.providerId(), a.redFlags(),
                a.raisedAt(), a.acknowledged(), a.acknowledgedBy(), a.acknowledgedByName(), a.acknowledgedAt(),
                a.acknowledgement(), a.escalatedAt(), name, a.comment(), a.painNow(), a.severity());
    }

    @Override
    public List<SafetyAlert> forPatient(UUID patientId) {
        patients.requireAccess(patientId, "SAFETY_ALERT_READ");
        return jdbc.sql(SELECT + " where a.patient_id = :p order by a.raised_at desc").param("p", patientId)
                .query(JdbcSafetyAlerts::row).list();
    }

    @Override
    @Transactional
    public SafetyAlert acknowledge(UUID alertId, String note) {
        var alert = jdbc.sql(SELECT + " where a.id = :id").param("id", alertId).query(JdbcSafetyAlerts::row).optional()
                .orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such alert"));
        patients.requireAccess(alert.patientId(), "SAFETY_ALERT_ACKNOWLEDGE");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say what was done (e.g. 'Called the patient; reviewing tomorrow').");
        }
        var me = users.currentOrSystem();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int n = jdbc.sql("""
                update safety_alert set state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_name = :name,
                    acknowledged_at = :now, acknowledgement = :note, changed_at = :now, changed_by = :by
                where id = :id and state = 'OPEN'""")
                .param("by", me.username()).param("name", me.displayName()).param("now", now)
                .param("note", note.strip().length() > 1000 ? note.strip().substring(0, 1000) : note.strip())
                .param("id", alertId).update();
        if (n == 0) {
            throw org.prolotrack.problem.Refusal.conflict("This alert was already acknowledged.");
        }
        return jdbc.sql(SELECT + " where a.id = :id").param("id", alertId).query(JdbcSafetyAlerts::row).single();
    }

    @Scheduled(fixedDelayString = "${prolotrack.safety.escalation-poll-ms:60000}", initialDelayString = "${prolotrack.safety.escalation-poll-ms:60000}")
    void scheduled() {
        escalateOverdue();
    }

    @Override
    @Transactional
    public int escalateOverdue() {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var due = jdbc.sql("""
                select id, clinic_id, patient_id, red_flags, raised_at from safety_alert
                where state = 'OPEN' and escalated_at is null and raised_at <= :cutoff order by raised_at limit 100""")
                .param("cutoff", now.minus(escalateAfter)).query().listOfRows();
        int escalated = 0;
        for (var row : due) {
            var id = (UUID) row.get("id");
            if (jdbc.sql("""
                    update safety_alert set escalated_at = :now, changed_at = :now, changed_by = 'safety-escalation'
                    where id = :id and state = 'OPEN' and escalated_at is null""")
                    .param("now", now).param("id", id).update() != 1) {
                continue; // another instance took it, or someone acknowledged it meanwhile
            }
            escalated++;
            var clinic = (UUID) row.get("clinic_id");
            contacts.clinic(clinic).ifPresent(to -> outbox.enqueue(new OutgoingMail("red-flag-escalation:" + id, to,
                    "UNACKNOWLEDGED red-flag alert (over " + escalateAfter.toMinutes() + " minutes)",
                    "A patient's red-flag check-in has not been acknowledged for over " + escalateAfter.toMinutes()
                            + " minutes. Someone must review it now:\n" + publicUrl + "/inbox\n",
                    null, null, (UUID) row.get("patient_id"), clinic)));
            audit.recordAs("system", "SAFETY_ALERT_ESCALATE", (UUID) row.get("patient_id"), "alert " + id);
        }
        return escalated;
    }

    static SafetyAlert row(ResultSet rs, int i) throws SQLException {
        var ackAt = rs.getObject("acknowledged_at", OffsetDateTime.class);
        var escAt = rs.getObject("escalated_at", OffsetDateTime.class);
        return new SafetyAlert(rs.getObject("id", UUID.class), rs.getObject("checkin_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getObject("provider_id", UUID.class), CheckInStore.split(rs.getString("red_flags")),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(), "ACKNOWLEDGED".equals(rs.getString("state")),
                rs.getString("acknowledged_by"), rs.getString("acknowledged_name"), ackAt == null ? null : ackAt.toInstant(),
                rs.getString("acknowledgement"), escAt == null ? null : escAt.toInstant(), null,
                rs.getString("comment"), (Integer) rs.getObject("pain_now", Integer.class), rs.getString("severity"));
    }
}
