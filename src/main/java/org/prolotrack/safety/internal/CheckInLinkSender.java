package org.prolotrack.safety.internal;

import java.time.Instant;
import java.util.UUID;

import org.prolotrack.notification.Outbox;
import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.PersonalLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a check-in falls due, e-mails the patient a personal link (claimed with a conditional update: one
 * link per check-in across instances; the outbox sends and retries).
 */
@Component
class CheckInLinkSender {

    static final String PURPOSE = "check-in";

    private final CheckInStore store;
    private final PersonalLinks links;
    private final PatientRecords patients;
    private final Outbox outbox;
    private final SafetyKnowledge knowledge;
    private final ClinicContacts contacts;
    private final TransactionTemplate tx;
    private final String publicUrl;

    CheckInLinkSender(CheckInStore store, PersonalLinks links, PatientRecords patients, Outbox outbox,
                      SafetyKnowledge knowledge, ClinicContacts contacts, TransactionTemplate tx,
                      @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.links = links;
        this.patients = patients;
        this.outbox = outbox;
        this.knowledge = knowledge;
        this.contacts = contacts;
        this.tx = tx;
        this.publicUrl = publicUrl;
    }

    @Scheduled(fixedDelayString = "${prolotrack.safety.link-poll-ms:60000}", initialDelayString = "${prolotrack.safety.link-poll-ms:60000}")
    void scheduled() {
        sendDue(Instant.now());
    }

    int sendDue(Instant now) {
        int sent = 0;
        for (var id : store.awaitingLink(now)) {
            if (Boolean.TRUE.equals(tx.execute(s -> send(id)))) {
                sent++;
            }
        }
        return sent;
    }

    /** Issues a link for a check-in (also used by staff to hand one over); the token is shown once. */
    String issue(UUID checkInId, UUID patientId) {
        return links.issue(patientId, PURPOSE, checkInId, knowledge.linkValid());
    }

    private boolean send(UUID id) {
        if (!store.claimLink(id)) {
            return false;
        }
        var c = store.row(id).orElseThrow();
        var chart = patients.readAsSystem(c.patientId(), "check-in link").orElse(null);
        if (chart == null || chart.email() == null || chart.email().isBlank()) {
            return false;
        }
        var url = publicUrl + "/q/c/" + issue(id, c.patientId());
        var phone = contacts.clinicPhone(c.clinicId());
        outbox.enqueue(new OutgoingMail("check-in:" + id, chart.email(), "How are you after your injections?",
                "Dear " + chart.givenName() + ",\n\n" + knowledge.title(c.label())
                        + ": please tell us how you are. It takes a minute and needs no password:\n\n" + url
                        + "\n\nIf you have new or worsening pain, swelling, skin discolouration, a rash or hives, a fever, or numbness"
                        + " or weakness that has not gone away,"
                        + " call " + contacts.clinicName(c.clinicId()) + (phone == null ? "" : " on " + phone)
                        + " right away; do not wait for this message.\n\nCall 911 or go to the nearest emergency department now"
                        + " for trouble breathing, swelling of the throat or face, chest pain or shortness of breath, new"
                        + " weakness or numbness in an arm or leg, loss of bladder or bowel control, or a headache that is"
                        + " worse when you sit or stand.\n", null, null, c.patientId(), c.clinicId()));
        return true;
    }
}
