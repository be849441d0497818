package org.prolotrack.consent.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.notification.Outbox;
import org.prolotrack.patient.PatientChart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * E-mails the patient the personal signing link staff created, through the outbox (queued in the same
 * transaction; sent and retried by the outbox). One mail per consent: the dedup key is the consent's id, so
 * a link created again for the same consent is shown to staff but not mailed twice.
 */
@Component
class ConsentLinkMail {

    private final Outbox outbox;
    private final ClinicDirectory clinics;
    private final String publicUrl;

    ConsentLinkMail(Outbox outbox, ClinicDirectory clinics,
                    @Value("${prolotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.clinics = clinics;
        this.publicUrl = publicUrl;
    }

    static String dedupKey(UUID consentId) {
        return "consent-link:" + consentId;
    }

    /** Queues the mail; returns the address it goes to, or empty when the patient has no e-mail address. */
    Optional<String> send(ConsentView consent, PatientChart patient, String token) {
        if (patient.email() == null || patient.email().isBlank()) {
            return Optional.empty();
        }
        var clinic = clinics.clinic(consent.clinicId()).orElseThrow();
        var until = LocalDate.now(ZoneOffset.UTC).plusDays(ConsentService.LINK_VALIDITY.toDays());
        var text = "Dear " + patient.givenName() + ",\n\n"
                + clinic.name() + " has prepared your consent form for a series of prolotherapy injections."
                + " Please read it at home and, if you agree, sign it. The link needs no password and works until "
                + until + ":\n\n" + publicUrl + "/q/s/" + token + "\n\n"
                + "Take your time, and ask us anything before you sign"
                + (clinic.phone() == null ? "" : " (" + clinic.phone() + ")") + ". Signing is your choice,"
                + " and you may withdraw your consent later. Please do not forward this e-mail: the link is yours.\n";
        outbox.enqueue(new OutgoingMail(dedupKey(consent.id()), patient.email(),
                "Your consent form from " + clinic.name(), text, null, null, consent.patientId(), consent.clinicId()));
        return Optional.of(patient.email());
    }
}
