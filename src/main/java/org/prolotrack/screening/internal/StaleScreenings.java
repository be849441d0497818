package org.prolotrack.screening.internal;

import java.time.Instant;

import org.prolotrack.patient.PatientFactsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A change to the patient's problem list, medications, allergies or weight makes every earlier screening stale. */
@Component
class StaleScreenings {

    private final ScreeningRepository repository;

    StaleScreenings(ScreeningRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(PatientFactsChanged event) {
        repository.markStale(event.patientId(), event.what().name().toLowerCase() + " changed", Instant.now(), "system");
    }
}
