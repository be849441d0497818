package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * The command line's validation scopes: HAPI's instance validator on the kept resources (KEPT, one pass over the
 * reduced bundle) and HAPI's schema validator on them (SCHEMA) both refuse an invalid kept resource and say where it
 * is in the file; neither calls a real language outside HL7's common list an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleValidationScopesTests {

    private static final FhirContext CTX = FhirContext.forR4Cached();

    @Autowired BundleFilter filter;
    @Autowired BundleImporter importer;
    @Autowired ImportClinics clinics;

    /** Pei's Synthea bundle with a fresh MRN. */
    private static Bundle pei() throws IOException {
        var json = new ClassPathResource("fhir/synthea-pei.json").getContentAsString(StandardCharsets.UTF_8);
        var bundle = CTX.newJsonParser().parseResource(Bundle.class, json);
        patient(bundle).getIdentifier().forEach(i -> i.setValue("T-" + UUID.randomUUID().toString().substring(0, 18)));
        return bundle;
    }

    private static Patient patient(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
    }

    private static int indexOfFirst(Bundle bundle, Class<?> type) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (type.isInstance(bundle.getEntry().get(i).getResource())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName());
    }

    private BundleImporter.Result importFile(Bundle bundle, BundleImporter.ValidationScope scope) {
        var filtered = filter.read(CTX.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8));
        return importer.importFiltered(filtered, clinics.find("MAD").id(), "test", scope);
    }

    private List<String> problems(Bundle bundle, BundleImporter.ValidationScope scope) {
        var problems = new java.util.ArrayList<String>();
        assertThatThrownBy(() -> importFile(bundle, scope)).isInstanceOfSatisfying(UnprocessableEntityException.class,
                e -> ((OperationOutcome) e.getOperationOutcome()).getIssue()
                        .forEach(i -> problems.add(i.getDiagnostics())));
        return problems;
    }

    /** Condition.subject is 1..1 in R4: the first Condition of the file loses it. */
    private static Bundle withFirstConditionWithoutSubject(Consumer<Integer> index) throws IOException {
        var bundle = pei();
        int i = indexOfFirst(bundle, Condition.class);
        ((Condition) bundle.getEntry().get(i).getResource()).setSubject(null);
        index.accept(i);
        return bundle;
    }

    @Test
    void theInstanceValidatorOnTheKeptResourcesRefusesAConditionWithoutSubjectNamingItsPlaceInTheFile()
            throws IOException {
        var index = new int[1];
        var bundle = withFirstConditionWithoutSubject(i -> index[0] = i);

        var problems = problems(bundle, BundleImporter.ValidationScope.KEPT);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Bundle.entry[" + index[0] + "]")
                .contains("Condition.subject").contains("minimum required = 1"));
    }

    @Test
    void theSchemaValidatorOnTheKeptResourcesRefusesAConditionWithoutSubjectNamingItsPlaceInTheFile()
            throws IOException {
        var index = new int[1];
        var bundle = withFirstConditionWithoutSubject(i -> index[0] = i);

        var problems = problems(bundle, BundleImporter.ValidationScope.SCHEMA);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Bundle.entry[" + index[0] + "].resource (Condition)")
                .contains("subject"));
    }

    @Test
    void aPatientWhoSpeaksVietnameseIsImportedThoughVietnameseIsNotInHl7sCommonLanguages() throws IOException {
        var bundle = pei();
        patient(bundle).getCommunication().clear();
        patient(bundle).addCommunication().setLanguage(new CodeableConcept(
                new Coding("urn:ietf:bcp:47", "vi", "Vietnamese")));

        var result = importFile(bundle, BundleImporter.ValidationScope.KEPT);

        assertThat(result.kept()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qq", "qqq", "vi--x"})
    void anInventedLanguageIsStillRefused(String code) throws IOException {
        var bundle = pei();
        patient(bundle).getCommunication().clear();
        patient(bundle).addCommunication().setLanguage(new CodeableConcept(
                new Coding("urn:ietf:bcp:47", code, null)));

        var problems = problems(bundle, BundleImporter.ValidationScope.KEPT);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("\"" + code + "\""));
    }
}
