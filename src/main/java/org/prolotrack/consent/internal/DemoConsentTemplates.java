package org.prolotrack.consent.internal;

import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives every demo clinic without a consent template the default one (after the demo network is seeded). */
@Component
@Order(10)
@ConditionalOnProperty(name = "prolotrack.demo.enabled", havingValue = "true")
class DemoConsentTemplates implements ApplicationRunner {

    private final ClinicDirectory clinics;
    private final ConsentTemplateStore templates;
    private final TransactionTemplate tx;

    DemoConsentTemplates(ClinicDirectory clinics, ConsentTemplateStore templates, TransactionTemplate tx) {
        this.clinics = clinics;
        this.templates = templates;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        var t = ConsentTemplateStore.defaultTemplate();
        tx.executeWithoutResult(s -> clinics.clinics().forEach(c -> {
            if (templates.current(c.id()).isEmpty()) {
                templates.publish(c.id(), t.title(), t.body(), t.source(), "demo");
            }
        }));
    }
}
