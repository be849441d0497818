package org.prolotrack.fhir.internal;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.springframework.stereotype.Component;

/**
 * HAPI's validator with the R4 core resources, built once (it takes seconds) and shared (it is thread-safe).
 * Works offline: code systems it cannot expand (SNOMED CT, RxNorm, LOINC) are not checked, and profiles it does
 * not have (US Core, which Synthea declares) are not enforced; the R4 structure, cardinalities, datatypes,
 * invariants and the bindings of HL7's own code systems are.
 */
@Component
class BundleValidation {

    private final FhirContext ctx;
    private volatile FhirValidator validator;

    BundleValidation(FhirContext ctx) {
        this.ctx = ctx;
    }

    private FhirValidator validator() {
        var v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                            new CommonCodeSystemsTerminologyService(ctx),
                            new InMemoryTerminologyServerValidationSupport(ctx),
                            new SnapshotGeneratingValidationSupport(ctx));
                    var instance = new FhirInstanceValidator(chain);
                    instance.setAnyExtensionsAllowed(true);
                    instance.setErrorForUnknownProfiles(false);
                    instance.setNoTerminologyChecks(false);
                    instance.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
                    v = ctx.newValidator().registerValidatorModule(instance);
                    validator = v;
                }
            }
        }
        return v;
    }

    /** Builds the validator now, so that the first import does not pay for it. */
    void warmUp() {
        validator();
    }

    /** The errors HAPI's validator finds, each with where it is; empty when the resource is valid. */
    List<String> errors(IBaseResource resource) {
        var result = validator().validateWithResult(resource);
        var errors = new ArrayList<String>();
        for (var m : result.getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                if (isOfflineTerminologyGap(m.getMessage())) {
                    continue;
                }
                errors.add((m.getLocationString() == null ? "" : m.getLocationString() + ": ") + m.getMessage());
            }
        }
        return errors;
    }

    /** Messages that only say a code system could not be consulted offline: not a problem of the bundle. */
    private static boolean isOfflineTerminologyGap(String message) {
        return message != null && (message.contains("Unknown code system") || message.contains("could not be resolved")
                || message.contains("is unknown and can't be validated") || message.contains("no CodeSystem")
                || message.contains("unable to find value set") || message.contains("Unable to expand ValueSet"));
    }
}
