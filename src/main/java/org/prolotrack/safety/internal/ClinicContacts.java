package org.prolotrack.safety.internal;

import java.util.Optional;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.springframework.stereotype.Component;

/** Where alerts go: the treating clinician's e-mail, or the clinic's when the clinician has none. */
@Component
class ClinicContacts {

    private final ClinicDirectory clinics;

    ClinicContacts(ClinicDirectory clinics) {
        this.clinics = clinics;
    }

    Optional<String> clinician(UUID providerId, UUID clinicId) {
        return Optional.ofNullable(providerId).flatMap(clinics::provider).map(Provider::email)
                .filter(e -> !e.isBlank()).or(() -> clinic(clinicId));
    }

    Optional<String> clinic(UUID clinicId) {
        return clinics.clinic(clinicId).map(c -> c.email()).filter(e -> e != null && !e.isBlank());
    }

    String clinicName(UUID clinicId) {
        return clinics.clinic(clinicId).map(c -> c.name()).orElse("your clinic");
    }

    String clinicPhone(UUID clinicId) {
        return clinics.clinic(clinicId).map(c -> c.phone()).orElse(null);
    }
}
