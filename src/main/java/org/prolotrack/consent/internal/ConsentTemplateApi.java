package org.prolotrack.consent.internal;

import java.util.List;
import java.util.UUID;

import org.prolotrack.consent.ConsentTemplates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinic's consent template versions over REST: list them, publish a new one. */
@RestController
@RequestMapping("/api/clinics/{clinicId}/consent-templates")
class ConsentTemplateApi {

    private final ConsentTemplates templates;

    ConsentTemplateApi(ConsentTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    List<ConsentTemplates.TemplateVersion> versions(@PathVariable UUID clinicId) {
        return templates.versions(clinicId);
    }

    @PostMapping
    ResponseEntity<ConsentTemplates.TemplateVersion> publish(@PathVariable UUID clinicId,
                                                             @RequestBody ConsentTemplates.NewVersion body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(templates.publish(clinicId, body));
    }
}
