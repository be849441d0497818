package org.prolotrack.fhir.internal;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SchemaBaseValidator;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;
import org.springframework.stereotype.Component;

/**
 * HAPI's validator with the R4 core resources, in two strengths, each built once and shared (thread-safe).
 * <ul>
 * <li>{@link #errors}: the instance validator ({@code FhirInstanceValidator}) against the R4 core structure
 * definitions. Works offline: code systems it cannot expand (SNOMED CT, RxNorm, LOINC) are not checked, and profiles
 * it does not have (US Core, which Synthea declares) are not enforced; the R4 structure, cardinalities, datatypes,
 * invariants and the bindings of HL7's own code systems are. About 2 ms per resource.</li>
 * <li>{@link #schemaErrors}: the schema validator ({@code SchemaBaseValidator}) against the R4 XML schemas that
 * ship with HAPI: structure, element order, cardinalities and datatypes (the schemas' value patterns), not the
 * invariants or bindings. About 0.2 ms per resource.</li>
 * </ul>
 */
@Component
class BundleValidation {

    private final FhirContext ctx;
    private volatile FhirValidator validator;
    private final FhirValidator schemaValidator;

    BundleValidation(FhirContext ctx) {
        this.ctx = ctx;
        this.schemaValidator = ctx.newValidator().registerValidatorModule(new SchemaBaseValidator(ctx));
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

    /** Builds the instance validator now, so that the first import does not pay for it. */
    void warmUp() {
        validator();
    }

    /** Loads and compiles the R4 schemas now, so that the first import does not pay for it. */
    void warmUpSchemas() {
        schemaValidator.validateWithResult(new org.hl7.fhir.r4.model.Bundle());
    }

    /** The errors HAPI's instance validator finds, each with where it is; empty when the resource is valid. */
    List<String> errors(IBaseResource resource) {
        return issues(resource).stream()
                .filter(i -> i.severity() == ResultSeverityEnum.ERROR || i.severity() == ResultSeverityEnum.FATAL)
                .map(i -> (i.location() == null ? "" : i.location() + ": ") + i.message())
                .toList();
    }

    /**
     * The errors HAPI's schema validator finds against the R4 XML schemas; empty when the resource is valid. (Its
     * locations are lines of an XML encoding nobody sees, so only the messages are kept.)
     */
    List<String> schemaErrors(IBaseResource resource) {
        var errors = new ArrayList<String>();
        for (var m : schemaValidator.validateWithResult(resource).getMessages()) {
            if (m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(readable(m.getMessage()));
            }
        }
        return errors;
    }

    private static final java.util.regex.Pattern FHIR_NAMESPACE = java.util.regex.Pattern.compile(
            "\\{?\"http://hl7\\.org/fhir\":([A-Za-z0-9_]+)}?");

    /** A schema message without the XML namespace noise: {@code '{"http://hl7.org/fhir":subject}'} reads 'subject'. */
    static String readable(String message) {
        if (message == null) {
            return "";
        }
        return FHIR_NAMESPACE.matcher(message).replaceAll("$1");
    }

    /** An issue the instance validator found: its severity, where it is, and what it says. */
    record Issue(ResultSeverityEnum severity, String location, String message) { }

    /**
     * Every issue HAPI's instance validator finds (fatal, error, warning, information), without the ones that only
     * say a code system could not be consulted offline or that a real language is outside HL7's common list.
     */
    List<Issue> issues(IBaseResource resource) {
        var issues = new ArrayList<Issue>();
        for (var m : validator().validateWithResult(resource).getMessages()) {
            if (isOfflineTerminologyGap(m.getMessage()) || isValidLanguageOutsideCommonLanguages(m.getMessage())) {
                continue;
            }
            issues.add(new Issue(m.getSeverity(), m.getLocationString(), m.getMessage()));
        }
        return issues;
    }

    private static final java.util.regex.Pattern LANGUAGE_NOT_IN_COMMON_LANGUAGES = java.util.regex.Pattern.compile(
            "Code \"([A-Za-z]{2})((?:-[A-Za-z0-9]{1,8})*)\" is not in valueset: http://hl7.org/fhir/ValueSet/languages\\b.*");
    private static final java.util.Set<String> ISO_639_1 = java.util.Set.of(java.util.Locale.getISOLanguages());

    /**
     * The offline validator checks a language (Patient.communication.language, ...) against the 56 codes of
     * CommonLanguages and calls any other code an error; in R4 that binding is only preferred (the required maximum
     * is all of BCP 47), so a real language outside the common list — Vietnamese "vi" in 2 of 200 Synthea patients —
     * is not an error. Only a well-formed tag whose language is an ISO 639-1 code (as Java knows them) is let
     * through; anything else ("qq", "qqq", "vi--x") still is an error.
     */
    private static boolean isValidLanguageOutsideCommonLanguages(String message) {
        if (message == null) {
            return false;
        }
        var m = LANGUAGE_NOT_IN_COMMON_LANGUAGES.matcher(message);
        return m.matches() && ISO_639_1.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Messages that only say a code system could not be consulted offline: not a problem of the bundle. */
    private static boolean isOfflineTerminologyGap(String message) {
        return message != null && (message.contains("Unknown code system") || message.contains("could not be resolved")
                || message.contains("is unknown and can't be validated") || message.contains("no CodeSystem")
                || message.contains("unable to find value set") || message.contains("Unable to expand ValueSet"));
    }
}
