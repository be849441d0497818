package org.prolotrack.fhir;

import java.nio.file.Files;
import java.nio.file.Path;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class ValidatorProbeTests {

    @Test
    void probe() throws Exception {
        var ctx = FhirContext.forR4Cached();
        var body = Files.readString(Path.of("src/test/resources/fhir/synthea-pei.json"));
        long t0 = System.nanoTime();
        var bundle = ctx.newJsonParser().parseResource(Bundle.class, body);
        System.out.println("PROBE parse " + (System.nanoTime() - t0) / 1_000_000);
        for (int variant = 0; variant < 2; variant++) {
            var chain = variant == 0
                    ? new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                    new InMemoryTerminologyServerValidationSupport(ctx), new SnapshotGeneratingValidationSupport(ctx))
                    : new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                    new SnapshotGeneratingValidationSupport(ctx));
            var iv = new FhirInstanceValidator(chain);
            iv.setAnyExtensionsAllowed(true);
            iv.setErrorForUnknownProfiles(false);
            var v = ctx.newValidator().registerValidatorModule(iv);
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                var r = v.validateWithResult(bundle);
                System.out.println("PROBE variant " + variant + " " + (System.nanoTime() - t) / 1_000_000 + " ms, messages " + r.getMessages().size());
                if (i == 0 && variant == 0) {
                    r.getMessages().stream().limit(15).forEach(m -> System.out.println("PROBE  " + m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage()));
                }
            }
        }
    }
}
