package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.patient.PatientFactsChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirImportTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ConfigurableApplicationContext context;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    private String importAsAdmin(Bundle bundle, String clinic) {
        var r = http.post("admin", "/fhir?clinic=" + clinic, SyntheaBundles.json(bundle), "application/fhir+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var answer = SyntheaBundles.CTX.newJsonParser().parseResource(Bundle.class, r.body());
        return answer.getEntryFirstRep().getResponse().getLocation();
    }

    private int rows(String mrn) {
        return jdbc.sql("""
                select (select count(*) from patient_condition c where c.patient_id = p.id)
                     + (select count(*) from patient_medication m where m.patient_id = p.id)
                     + (select count(*) from patient_allergy a where a.patient_id = p.id)
                     + (select count(*) from conservative_care k where k.patient_id = p.id)
                     + (select count(*) from imaging_study s where s.patient_id = p.id) + 1
                from patient p where p.mrn = :mrn""").param("mrn", mrn).query(Integer.class).optional().orElse(0);
    }

    @Test
    void anImportedSyntheaBundleReadsBackWithTheSameCodes() {
        var bundle = SyntheaBundles.pei();
        var location = importAsAdmin(bundle, "MAD");

        var patient = SyntheaBundles.CTX.newJsonParser().parseResource(Patient.class,
                http.get("admin", "/fhir/" + location).body());
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(SyntheaBundles.mrnOf(bundle));
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2024-02-15");

        var sentConditions = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Condition)
                .map(e -> ((Condition) e.getResource()).getCode().getCodingFirstRep().getCode()).sorted().toList();
        var conditions = search("/fhir/Condition?patient=" + location);
        assertThat(conditions.getEntry().stream()
                .map(e -> ((Condition) e.getResource()).getCode().getCodingFirstRep().getCode()).sorted().toList())
                .isEqualTo(sentConditions);

        var sentDrugs = bundle.getEntry().stream().filter(e -> e.getResource() instanceof MedicationRequest)
                .map(e -> ((MedicationRequest) e.getResource()).getMedicationCodeableConcept().getCodingFirstRep().getCode())
                .sorted().toList();
        var drugs = search("/fhir/MedicationRequest?patient=" + location);
        assertThat(drugs.getEntry().stream().map(e -> ((MedicationRequest) e.getResource())
                .getMedicationCodeableConcept().getCodingFirstRep().getSystem() + "|" + ((MedicationRequest) e.getResource())
                .getMedicationCodeableConcept().getCodingFirstRep().getCode()).sorted().toList())
                .isEqualTo(sentDrugs.stream().map(c -> "http://www.nlm.nih.gov/research/umls/rxnorm|" + c).toList());

        // Pei's weight: the latest of the file's five 29463-7 observations (2024-10-24, 8.7 kg)
        assertThat(jdbc.sql("select weight_kg from patient where mrn = :mrn").param("mrn", SyntheaBundles.mrnOf(bundle))
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8.7");
        assertThat(jdbc.sql("select weight_measured_on from patient where mrn = :mrn").param("mrn", SyntheaBundles.mrnOf(bundle))
                .query(java.time.LocalDate.class).single()).isEqualTo("2024-10-24");
    }

    private Bundle search(String path) {
        var r = http.get("admin", path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return SyntheaBundles.CTX.newJsonParser().parseResource(Bundle.class, r.body());
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        var bundle = SyntheaBundles.pei();
        var first = importAsAdmin(bundle, "MAD");
        var mrn = SyntheaBundles.mrnOf(bundle);
        int rowsAfterFirst = rows(mrn);
        var changedAfterFirst = jdbc.sql("select max(c.changed_at) from patient_condition c join patient p on p.id = c.patient_id"
                + " where p.mrn = :mrn").param("mrn", mrn).query(java.time.OffsetDateTime.class).single();

        var second = importAsAdmin(bundle, "MAD");

        assertThat(second).isEqualTo(first);
        assertThat(rows(mrn)).isEqualTo(rowsAfterFirst);
        assertThat(jdbc.sql("select max(c.changed_at) from patient_condition c join patient p on p.id = c.patient_id"
                + " where p.mrn = :mrn").param("mrn", mrn).query(java.time.OffsetDateTime.class).single())
                .isEqualTo(changedAfterFirst);
        assertThat(jdbc.sql("select version from patient where mrn = :mrn").param("mrn", mrn).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aConditionTheClinicianCorrectedKeepsTheCorrectionWhenTheBundleIsImportedAgain() {
        var bundle = SyntheaBundles.pei();
        var location = importAsAdmin(bundle, "MAD");
        var patient = location.substring("Patient/".length());
        var condition = jdbc.sql("select id from patient_condition where patient_id = :p order by id limit 1")
                .param("p", java.util.UUID.fromString(patient)).query(java.util.UUID.class).single();
        var corrected = http.put("admin", "/api/patients/" + patient + "/conditions/" + condition,
                "{\"codeSystem\":\"TEXT\",\"display\":\"Corrected by the clinician\",\"version\":0}",
                "application/json");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);

        importAsAdmin(bundle, "MAD");

        assertThat(jdbc.sql("select display from patient_condition where id = :id").param("id", condition)
                .query(String.class).single()).isEqualTo("Corrected by the clinician");
    }

    @Test
    void aMedicationTheClinicianStoppedStaysStoppedWhenTheBundleIsImportedAgain() {
        var bundle = SyntheaBundles.pei();
        var patientEntry = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient).findFirst()
                .orElseThrow();
        var naproxen = new org.hl7.fhir.r4.model.MedicationRequest()
                .setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE)
                .setIntent(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent.ORDER)
                .setSubject(new org.hl7.fhir.r4.model.Reference(patientEntry.getFullUrl()))
                .setMedication(new org.hl7.fhir.r4.model.CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                        "http://www.nlm.nih.gov/research/umls/rxnorm", "849574", "Naproxen sodium 220 MG Oral Tablet")));
        bundle.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()).setResource(naproxen).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("MedicationRequest");
        var patient = importAsAdmin(bundle, "MAD").substring("Patient/".length());
        var medication = jdbc.sql("select id from patient_medication where patient_id = :p and status = 'ACTIVE'")
                .param("p", java.util.UUID.fromString(patient)).query(java.util.UUID.class).single();
        var stopped = http.post("admin", "/api/patients/" + patient + "/medications/" + medication + "/stop",
                "{\"date\":\"" + java.time.LocalDate.now() + "\"}", "application/json");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(204);

        importAsAdmin(bundle, "MAD");

        assertThat(jdbc.sql("select status from patient_medication where id = :id").param("id", medication)
                .query(String.class).single()).isEqualTo("STOPPED");
    }

    @Test
    void aFailureInjectedMidBundleLeavesNothingOfIt() {
        var bundle = SyntheaBundles.pei();
        var mrn = SyntheaBundles.mrnOf(bundle);
        // the writer announces changed facts inside the bundle's transaction, after the patient and its conditions
        // and medications are written; a failure there must take every row of the bundle with it
        ApplicationListener<PayloadApplicationEvent<PatientFactsChanged>> saboteur = e -> {
            throw new IllegalStateException("disk full (injected)");
        };
        context.addApplicationListener(saboteur);
        try {
            var r = http.post("admin", "/fhir?clinic=MAD", SyntheaBundles.json(bundle), "application/fhir+json");
            assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
        } finally {
            context.removeApplicationListener(saboteur);
        }
        assertThat(rows(mrn)).isZero();
    }

    @Test
    void aClinicianImportsIntoTheirOwnClinicByDefaultButNotIntoAnother() {
        var own = http.post("clinician", "/fhir", SyntheaBundles.json(SyntheaBundles.pei()), "application/fhir+json");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);

        var other = http.post("clinician", "/fhir", SyntheaBundles.json(SyntheaBundles.pei()), "application/fhir+json",
                "X-ProloTrack-Clinic", "BLD");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("OperationOutcome");

        var researcher = http.post("researcher", "/fhir", SyntheaBundles.json(SyntheaBundles.pei()), "application/fhir+json");
        assertThat(researcher.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminMustNameTheClinic() {
        var bundle = SyntheaBundles.pei();
        var r = http.post("admin", "/fhir", SyntheaBundles.json(bundle), "application/fhir+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("OperationOutcome").contains("clinic");
        assertThat(rows(SyntheaBundles.mrnOf(bundle))).isZero();
    }

    @Test
    void aPatientIdIsReadOnlyByThoseWhoMaySeeIt() {
        var boulder = importAsAdmin(SyntheaBundles.pei(), "BLD");
        var madison = importAsAdmin(SyntheaBundles.pei(), "MAD");

        assertThat(http.get("clinician", "/fhir/" + madison).statusCode()).isEqualTo(200);
        var denied = http.get("clinician", "/fhir/" + boulder);
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(denied.body()).contains("OperationOutcome");
        assertThat(http.get("researcher", "/fhir/" + madison).statusCode()).isEqualTo(404);
        assertThat(http.get(null, "/fhir/" + madison).statusCode()).isEqualTo(401);
        // a search about someone else's patient finds nothing rather than revealing them
        var conditions = http.get("clinician", "/fhir/Condition?patient=" + boulder);
        assertThat(SyntheaBundles.CTX.newJsonParser().parseResource(Bundle.class, conditions.body()).getEntry()).isEmpty();
        // the read is in the access log as the clinician's
        assertThat(jdbc.sql("select count(*) from audit_event where account = 'clinician' and patient_id = :p")
                .param("p", UUID.fromString(madison.substring("Patient/".length()))).query(Integer.class).single())
                .isPositive();
    }
}
