package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code --screen} after a command-line import: every imported patient is screened, and the report names the
 * candidates with their indication and the contraindicated patients with the reason, by name and MRN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportScreeningTests {

    private static final FhirContext CTX = FhirContext.forR4Cached();

    @Autowired CommandLineImport commandLine;
    @Autowired ImportScreening screening;
    @Autowired ImportClinics clinics;

    /** Pei (Synthea) as a new patient with knee osteoarthritis, on warfarin or not. */
    private static Bundle peiWithKneeOsteoarthritis(String family, boolean onWarfarin) throws IOException {
        var json = new ClassPathResource("fhir/synthea-pei.json").getContentAsString(StandardCharsets.UTF_8);
        var old = CTX.newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
                .filter(e -> e.getResource() instanceof Patient).findFirst().orElseThrow().getResource().getIdElement()
                .getIdPart().replace("urn:uuid:", "");
        var bundle = CTX.newJsonParser().parseResource(Bundle.class, json.replace(old, UUID.randomUUID().toString()));
        var patientEntry = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient).findFirst()
                .orElseThrow();
        var patient = (Patient) patientEntry.getResource();
        patient.getNameFirstRep().setFamily(family);
        patient.getIdentifier().forEach(i -> i.setValue("S-" + UUID.randomUUID().toString().substring(0, 13)));
        var subject = new Reference(patientEntry.getFullUrl());
        var knee = new Condition().setSubject(subject)
                .setClinicalStatus(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)))
                .setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "239873007",
                        "Osteoarthritis of knee")));
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(knee).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Condition");
        if (onWarfarin) {
            var warfarin = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                    .setIntent(MedicationRequest.MedicationRequestIntent.ORDER).setSubject(subject)
                    .setMedication(new CodeableConcept(new Coding("http://www.nlm.nih.gov/research/umls/rxnorm",
                            "855332", "Warfarin Sodium 5 MG Oral Tablet")));
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(warfarin).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl("MedicationRequest");
        }
        return bundle;
    }

    @Test
    void theReportNamesTheCandidateAndTheContraindicatedPatientWithTheReason() throws Exception {
        var folder = Files.createTempDirectory("fhir-screen");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        Files.writeString(folder.resolve("a.json"), CTX.newJsonParser().encodeResourceToString(
                peiWithKneeOsteoarthritis("Candidate" + suffix, false)));
        Files.writeString(folder.resolve("b.json"), CTX.newJsonParser().encodeResourceToString(
                peiWithKneeOsteoarthritis("Warfarin" + suffix, true)));
        var clinic = clinics.find("MAD");
        var totals = commandLine.importFolder(folder, clinic.id(), 1, BundleImporter.ValidationScope.KEPT,
                new PrintStream(new ByteArrayOutputStream()));
        var report = new ByteArrayOutputStream();

        screening.screenAndReport(clinic.code(), totals.patients(), new PrintStream(report, true, StandardCharsets.UTF_8));

        var text = report.toString(StandardCharsets.UTF_8);
        assertThat(totals.imported()).isEqualTo(2);
        assertThat(text).startsWith("Screening of 2 imported patients of clinic MAD:");
        assertThat(text).containsPattern("candidate \\((ELIGIBLE|CAUTION)\\) Candidate" + suffix + ", [^\\n]*\\(MRN S-")
                .containsPattern("indication: \\[[^\\n]*Osteoarthritis of knee");
        assertThat(text).containsPattern("contraindicated Warfarin" + suffix + ", [^\\n]*\\(MRN S-")
                .containsPattern("because: \\[[^\\n]*Warfarin Sodium 5 MG Oral Tablet");
        assertThat(text).doesNotContain("candidate (CAUTION) Warfarin" + suffix)
                .doesNotContain("candidate (ELIGIBLE) Warfarin" + suffix);
    }
}
