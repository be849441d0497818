package org.prolotrack.safety.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.notification.Outbox;
import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.safety.CheckIn;
import org.prolotrack.safety.CheckIns;
import org.prolotrack.safety.RedFlagRaised;
import org.prolotrack.safety.SafetyAlert;
import org.prolotrack.security.PersonalLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A patient's check-in report. The report, the alert and the clinician's e-mail are written in one
 * transaction: the outbox sends (and retries) after commit, so a mail failure never loses the report.
 */
@Service
class JdbcCheckIns implements CheckIns {

    private final CheckInStore store;
    private final SafetyKnowledge knowledge;
    private final PersonalLinks links;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final ClinicContacts contacts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final String publicUrl;

    JdbcCheckIns(CheckInStore store, SafetyKnowledge knowledge, PersonalLinks links, JdbcClient jdbc, Outbox outbox,
                 ClinicContacts contacts, AuditTrail audit, ApplicationEventPublisher events,
                 @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.knowledge = knowledge;
        this.links = links;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    @Override
    public List<Symptom> symptoms() {
        return knowledge.symptoms();
    }

    @Override
    public Optional<CheckIn> open(String token) {
        return links.resolve(token, CheckInLinkSender.PURPOSE).flatMap(l -> store.find(l.subjectId()));
    }

    @Override
    @Transactional
    public CheckIn submit(String token, List<String> symptomCodes, Integer painNow, String comment) {
        var link = links.resolve(token, CheckInLinkSender.PURPOSE)
                .orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("Not found."));
        var known = knowledge.symptoms().stream().map(Symptom::code).toList();
        var symptoms = symptomCodes == null ? List.<String>of() : symptomCodes.stream().filter(known::contains).distinct().toList();
        if (painNow != null && (painNow < 0 || painNow > 10)) {
            throw new IllegalArgumentException("Pain is rated from 0 to 10.");
        }
        var text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        var checkIn = store.row(link.subjectId()).orElseThrow();
        var flags = knowledge.redFlags(symptoms);
        store.keepReport(checkIn.id(), symptoms, flags, painNow, text); // every report is kept, first or later
        if (!store.submit(checkIn.id(), symptoms, flags, painNow, text)) {
            // a later report on the same check-in: kept and audited; it raises no second alert or e-mail
            audit.recordAs("patient-link", "CHECKIN_REPORT_AGAIN", checkIn.patientId(), checkIn.label()
                    + (flags.isEmpty() ? "" : " red flags: " + String.join(",", flags)));
            return store.find(checkIn.id()).orElseThrow();
        }
        links.markUsed(token);
        audit.recordAs("patient-link", "CHECKIN_SUBMIT", checkIn.patientId(),
                checkIn.label() + (flags.isEmpty() ? "" : " red flags: " + String.join(",", flags)));
        if (!flags.isEmpty()) {
            raise(checkIn, flags, painNow, text);
        }
        return store.find(checkIn.id()).orElseThrow();
    }

    private void raise(CheckInStore.Row c, List<String> flags, Integer painNow, String comment) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var emergencies = knowledge.emergencies(flags);
        var severity = emergencies.isEmpty() ? SafetyAlert.RED_FLAG : SafetyAlert.EMERGENCY;
        jdbc.sql("""
                insert into safety_alert (id, checkin_id, patient_id, clinic_id, provider_id, red_flags, raised_at, state,
                    severity, created_at, created_by, changed_at, changed_by)
                values (:id, :checkin, :patient, :clinic, :provider, :flags, :now, 'OPEN', :severity,
                    :now, 'patient-link', :now, 'patient-link')""")
                .param("id", id).param("checkin", c.id()).param("patient", c.patientId()).param("clinic", c.clinicId())
                .param("provider", c.providerId()).param("flags", String.join(",", flags)).param("severity", severity)
                .param("now", now).update();
        var described = flags.stream().map(knowledge::symptomText).toList();
        var subject = emergencies.isEmpty() ? "Red flag after prolotherapy: please review today"
                : "EMERGENCY symptoms after prolotherapy: the patient was told to call 911";
        var opening = emergencies.isEmpty() ? "A patient reported red-flag symptoms in the "
                : "A patient reported EMERGENCY symptoms and was told to call 911 or go to an emergency department now."
                        + " Contact the patient at once. Reported in the ";
        contacts.clinician(c.providerId(), c.clinicId()).ifPresent(to -> outbox.enqueue(new OutgoingMail(
                "red-flag:" + id, to, subject,
                opening + knowledge.title(c.label()).toLowerCase()
                        + " check-in (session " + c.session() + "):\n\n- " + String.join("\n- ", described)
                        + (painNow == null ? "" : "\n\nPain now: " + painNow + "/10")
                        + "\n\nOpen the clinic inbox to see the report and acknowledge the alert:\n" + publicUrl + "/inbox"
                        + "\n\n(No patient details are sent by e-mail.)\n",
                null, null, c.patientId(), c.clinicId())));
        events.publishEvent(new RedFlagRaised(id, c.id(), c.patientId(), c.clinicId(), c.providerId(), flags,
                now.toInstant(), severity));
    }
}
