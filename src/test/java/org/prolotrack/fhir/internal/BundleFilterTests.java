package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.TreeMap;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The command-line import parses only what ProloTrack may keep: the result must be the same as mapping the whole
 * bundle (same patient and entries, same skipped counts), and a bad bundle must still be rejected whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleFilterTests {

    @Autowired BundleFilter filter;
    @Autowired BundleMapper mapper;
    @Autowired BundleImporter importer;
    @Autowired ImportClinics clinics;
    @Autowired CommandLineImport commandLine;
    @Autowired JdbcClient jdbc;

    private static String pei() throws IOException {
        var json = new ClassPathResource("fhir/synthea-pei.json").getContentAsString(StandardCharsets.UTF_8);
        // a fresh MRN: Synthea's identifier of Pei (also the patient's id and fullUrl, so it stays a lowercase UUID)
        // is replaced wherever it appears
        var patient = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
                .filter(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Patient).findFirst().orElseThrow();
        var mrn = ((org.hl7.fhir.r4.model.Patient) patient.getResource()).getIdentifierFirstRep().getValue();
        return json.replace(mrn, UUID.randomUUID().toString());
    }

    private BundleFilter.Filtered read(String json) {
        return filter.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readingOnlyTheKeptEntriesGivesWhatMappingTheWholeBundleGives() throws IOException {
        var json = pei();
        var whole = mapper.map(FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json));
        var filtered = read(json);
        var part = mapper.map(filtered.bundle());

        assertThat(part.patient()).isEqualTo(whole.patient());
        assertThat(part.kept()).isEqualTo(whole.kept());
        var skipped = new TreeMap<>(part.skipped());
        filtered.skipped().forEach((type, n) -> skipped.merge(type, n, Integer::sum));
        assertThat(skipped).isEqualTo(whole.skipped());
        // Pei's file: 128 entries, of which 8 Claims, 8 EOBs, 6 Encounters, 17 Immunizations never reach HAPI's
        // parser, nor do the 56 Observations that are not a body weight (LOINC 29463-7: 5 in the file)
        assertThat(filtered.skipped()).containsEntry("Claim", 8).containsEntry("ExplanationOfBenefit", 8)
                .containsEntry("Encounter", 6).containsEntry("Immunization", 17).containsEntry("Observation", 56);
        assertThat(filtered.bundle().getEntry()).hasSizeLessThan(20);
        assertThat(part.problems()).isEmpty();
        assertThat(filtered.problems()).isEmpty();
    }

    @Test
    void aSkippedObservationAboutSomeoneElseRejectsTheBundleNamingItsPlaceInTheFile() throws IOException {
        var json = pei();
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        // entry 3 is a body-height Observation (LOINC 8302-2): skipped, but still checked
        ((tools.jackson.databind.node.ObjectNode) root.get("entry").get(3).get("resource").get("subject"))
                .put("reference", "urn:uuid:someone-else");
        var filtered = read(root.toString());
        var clinic = clinics.find("MAD").id();

        assertThatThrownBy(() -> importer.importFiltered(filtered, clinic, "test", BundleImporter.ValidationScope.KEPT))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(
                        ((OperationOutcome) e.getOperationOutcome()).getIssue()).anySatisfy(i -> assertThat(
                        i.getDiagnostics()).startsWith("Bundle.entry[3] (Observation) is about urn:uuid:someone-else")));
    }

    @Test
    void anUnknownElementInAKeptResourceIsStillRefusedByTheStrictParser() throws IOException {
        var json = pei().replaceFirst("\"resourceType\":\"Condition\",", "\"resourceType\":\"Condition\",\"colour\":\"red\",");

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("colour");
    }

    @Test
    void malformedJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":")).isInstanceOf(
                InvalidRequestException.class);
    }

    @Test
    void aFolderImportedTwiceByTheCommandLineChangesNothingTheSecondTime() throws Exception {
        var folder = Files.createTempDirectory("fhir-import");
        var json = pei();
        Files.writeString(folder.resolve("pei.json"), json);
        var mrn = mapper.map(FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json))
                .patient().mrn();
        var clinic = clinics.find("MAD").id();
        var out = new PrintStream(new ByteArrayOutputStream());

        var first = commandLine.importFolder(folder, clinic, 1, BundleImporter.ValidationScope.STRUCTURE, out);
        var changed = jdbc.sql("select max(c.changed_at) from patient_condition c join patient p on p.id = c.patient_id"
                + " where p.mrn = :mrn").param("mrn", mrn).query(java.time.OffsetDateTime.class).single();
        var second = commandLine.importFolder(folder, clinic, 1, BundleImporter.ValidationScope.KEPT, out);

        assertThat(first.imported()).isEqualTo(1);
        assertThat(second.imported()).isEqualTo(1);
        assertThat(second.patients()).isEqualTo(first.patients());
        // Pei has 3 conditions in the file
        assertThat(jdbc.sql("select count(*) from patient_condition c join patient p on p.id = c.patient_id"
                + " where p.mrn = :mrn").param("mrn", mrn).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select max(c.changed_at) from patient_condition c join patient p on p.id = c.patient_id"
                + " where p.mrn = :mrn").param("mrn", mrn).query(java.time.OffsetDateTime.class).single())
                .isEqualTo(changed);
    }
}
