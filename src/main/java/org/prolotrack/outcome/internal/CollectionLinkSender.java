package org.prolotrack.outcome.internal;

import java.time.Duration;
import java.time.LocalDate;
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
 * When a questionnaire falls due, e-mails the patient a personal link. Each collection is claimed with a
 * conditional update, so with several instances one link is sent; the link and the mail are created in the
 * claim's transaction (the outbox sends and retries).
 */
@Component
class CollectionLinkSender {

    private final CollectionStore collections;
    private final PersonalLinks links;
    private final PatientRecords patients;
    private final Outbox outbox;
    private final ScheduleRules rules;
    private final TransactionTemplate tx;
    private final String publicUrl;

    CollectionLinkSender(CollectionStore collections, PersonalLinks links, PatientRecords patients, Outbox outbox,
                         ScheduleRules rules, TransactionTemplate tx,
                         @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.collections = collections;
        this.links = links;
        this.patients = patients;
        this.outbox = outbox;
        this.rules = rules;
        this.tx = tx;
        this.publicUrl = publicUrl;
    }

    @Scheduled(fixedDelayString = "${prolotrack.outcome.link-poll-ms:300000}", initialDelayString = "${prolotrack.outcome.link-poll-ms:300000}")
    void scheduled() {
        sendDue(LocalDate.now());
    }

    int sendDue(LocalDate day) {
        int sent = 0;
        for (var id : collections.awaitingLink(day)) {
            if (Boolean.TRUE.equals(tx.execute(s -> send(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(UUID id) {
        if (!collections.claimLink(id)) {
            return false;
        }
        var c = collections.find(id).orElseThrow();
        var chart = patients.readAsSystem(c.patientId(), "questionnaire link").orElse(null);
        if (chart == null || chart.email() == null || chart.email().isBlank()) {
            return false; // no e-mail address: staff hand out the link from the chart (marked as handled)
        }
        var token = links.issue(c.patientId(), JdbcOutcomeRecords.LINK_PURPOSE, c.id(), Duration.ofDays(rules.linkValidDays()));
        var url = publicUrl + "/q/o/" + token;
        outbox.enqueue(new OutgoingMail("questionnaire:" + c.id(), chart.email(), "A short questionnaire about your treatment",
                "Dear " + chart.givenName() + ",\n\nPlease tell us how you are doing (" + c.label().toLowerCase()
                        + "). It takes a few minutes and needs no password:\n\n" + url
                        + "\n\nThe link works for " + rules.linkValidDays() + " days. Your answers help you and your clinician"
                        + " decide about your treatment.\n", null, null, c.patientId(), c.clinicId()));
        return true;
    }
}
