package org.prolotrack.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.core.io.ClassPathResource;

/** The Synthea bundles kept as test resources, each time with a fresh MRN so tests never collide. */
final class SyntheaBundles {

    static final FhirContext CTX = FhirContext.forR4Cached();

    private SyntheaBundles() { }

    static Bundle pei() {
        return load("fhir/synthea-pei.json");
    }

    static Bundle load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            var bundle = CTX.newJsonParser().parseResource(Bundle.class, in);
            var mrn = "T-" + UUID.randomUUID().toString().substring(0, 18);
            for (var e : bundle.getEntry()) {
                if (e.getResource() instanceof Patient p) {
                    p.getIdentifier().forEach(i -> i.setValue(mrn));
                }
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mrnOf(Bundle b) {
        return b.getEntry().stream().filter(e -> e.getResource() instanceof Patient)
                .map(e -> ((Patient) e.getResource()).getIdentifierFirstRep().getValue()).findFirst().orElseThrow();
    }

    static String json(Bundle b) {
        return CTX.newJsonParser().encodeResourceToString(b);
    }
}
