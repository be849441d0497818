package org.prolotrack.consent.internal;

import java.util.List;
import java.util.UUID;

import org.prolotrack.consent.ConsentException;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consents over REST: prepare for a series, sign (tablet), send a personal link, withdraw, download the PDF. */
@RestController
@RequestMapping("/api")
class ConsentApi {

    private final Consents consents;

    ConsentApi(Consents consents) {
        this.consents = consents;
    }

    @PostMapping("/plans/{planId}/consents")
    ResponseEntity<ConsentView> prepare(@PathVariable UUID planId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(consents.prepare(planId));
    }

    @GetMapping("/patients/{patientId}/consents")
    List<ConsentView> forPatient(@PathVariable UUID patientId) {
        return consents.forPatient(patientId);
    }

    @GetMapping("/consents/{id}")
    ConsentView get(@PathVariable UUID id) {
        return consents.find(id).orElseThrow(() -> new ConsentException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No consent " + id));
    }

    @PostMapping("/consents/{id}/signature")
    ConsentView sign(@PathVariable UUID id, @RequestBody Consents.Signature signature) {
        return consents.sign(id, signature);
    }

    record LinkIssued(String token, String path) { }

    @PostMapping("/consents/{id}/link")
    ResponseEntity<LinkIssued> link(@PathVariable UUID id) {
        var token = consents.issueLink(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(new LinkIssued(token, "/q/s/" + token));
    }

    record Withdrawal(String reason) { }

    @PostMapping("/consents/{id}/withdrawal")
    ConsentView withdraw(@PathVariable UUID id, @RequestBody Withdrawal body) {
        return consents.withdraw(id, body.reason());
    }

    @GetMapping(value = "/consents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"consent-" + id + ".pdf\"").body(consents.pdf(id));
    }
}
