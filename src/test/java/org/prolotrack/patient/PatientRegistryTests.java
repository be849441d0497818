package org.prolotrack.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.patient.PatientChart.Allergy.Criticality;
import org.prolotrack.patient.PatientChart.Imaging.Modality;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientFactsChanged.What;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The registry used outside a request acts as the system (an admin), which must name the clinic. */
@SpringBootTest
@RecordApplicationEvents
class PatientRegistryTests {

    @Autowired PatientRegistry registry;
    @Autowired PatientRecords records;
    @Autowired ClinicDirectory clinics;
    @Autowired ApplicationEvents events;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired org.prolotrack.audit.AuditLog auditLog;

    UUID clinic;
    UUID patient;

    @BeforeEach
    void aPatient() {
        clinic = clinics.clinics().stream().filter(c -> c.code().equals("MAD")).findFirst().orElseThrow().id();
        patient = registry.register(clinic, demographics("R-" + UUID.randomUUID().toString().substring(0, 8), null, null));
    }

    static Demographics demographics(String mrn, BigDecimal kg, LocalDate on) {
        return new Demographics(mrn, "Ingrid", "Solberg", LocalDate.of(1958, 7, 30), Sex.FEMALE, null, null, null, kg, on, null);
    }

    private long changes(What what) {
        return events.stream(PatientFactsChanged.class).filter(e -> e.patientId().equals(patient) && e.what() == what).count();
    }

    @Test
    void addingStoppingAndVoidingAMedicationEachTellOtherModulesTheMedicationsChanged() {
        var med = registry.addMedication(patient, new MedicationEntry("RXNORM", "1364430", "apixaban", "5 mg twice daily",
                LocalDate.of(2024, 1, 5), null));
        registry.stopMedication(patient, med, LocalDate.of(2024, 9, 1));
        registry.voidEntry(patient, PatientRegistry.EntryKind.MEDICATION, med, "duplicate of the imported entry");
        assertThat(changes(What.MEDICATIONS)).isEqualTo(3);
    }

    @Test
    void aStoppedMedicationKeepsItsStopDateAndIsNoLongerActive() {
        var med = registry.addMedication(patient, new MedicationEntry("RXNORM", "11289", "warfarin", null, LocalDate.of(2020, 3, 1), null));
        registry.stopMedication(patient, med, LocalDate.of(2024, 2, 1));
        var stopped = records.get(patient).medications().get(0);
        assertThat(stopped.status()).isEqualTo(PatientChart.Medication.Status.STOPPED);
        assertThat(stopped.stopDate()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void allergiesAndWeightChangesArePublishedButImagingIsNot() {
        registry.addAllergy(patient, new AllergyEntry("RXNORM", "6387", "lidocaine", "urticaria", Criticality.HIGH));
        registry.recordWeight(patient, new BigDecimal("82.4"), LocalDate.now());
        registry.addImaging(patient, new ImagingEntry(Modality.MRI, "lumbar spine", LocalDate.of(2024, 4, 2), "L4-5 disc desiccation"));
        assertThat(changes(What.ALLERGIES)).isEqualTo(1);
        assertThat(changes(What.WEIGHT)).isEqualTo(1);
        assertThat(events.stream(PatientFactsChanged.class).filter(e -> e.patientId().equals(patient))).hasSize(2);
    }

    @Test
    void aWeightWithoutTheDateItWasMeasuredIsRefusedNamingTheDateField() {
        assertThatThrownBy(() -> registry.recordWeight(patient, new BigDecimal("70.0"), null))
                .isInstanceOfSatisfying(PatientDataException.class, e -> assertThat(e.field()).isEqualTo("weightMeasuredOn"));
    }

    @Test
    void theSameMrnTwiceAtOneClinicIsRefusedNamingTheMrnField() {
        var mrn = "U-" + UUID.randomUUID().toString().substring(0, 8);
        registry.register(clinic, demographics(mrn, null, null));
        assertThatThrownBy(() -> registry.register(clinic, demographics(mrn, null, null)))
                .isInstanceOfSatisfying(PatientDataException.class, e -> {
                    assertThat(e.field()).isEqualTo("mrn");
                    assertThat(e.kind()).isEqualTo(org.prolotrack.problem.Refusal.Kind.CONFLICT);
                });
    }

    @Test
    void anAdminMustNameTheClinicARegistrationBelongsTo() {
        assertThatThrownBy(() -> registry.register(null, demographics("N-1", null, null)))
                .isInstanceOfSatisfying(PatientDataException.class, e -> assertThat(e.field()).isEqualTo("clinicId"));
    }

    @Test
    void aConditionCannotBeResolvedBeforeItBegan() {
        var c = registry.addCondition(patient, new PatientRegistry.ConditionEntry("ICD10CM", "M76.61", "Achilles tendinitis, right leg",
                "Achilles tendon", PatientChart.Laterality.RIGHT, LocalDate.of(2023, 5, 1), PatientChart.Condition.Status.ACTIVE, null));
        assertThatThrownBy(() -> registry.resolveCondition(patient, c, LocalDate.of(2022, 1, 1)))
                .isInstanceOf(org.prolotrack.problem.Refusal.class);
        registry.resolveCondition(patient, c, LocalDate.of(2024, 1, 1));
        assertThat(records.get(patient).conditions().get(0).status()).isEqualTo(PatientChart.Condition.Status.RESOLVED);
    }

    @Test
    void aReadFromAnotherModulesReadOnlyTransactionIsStillAudited() {
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> {
            records.requireAccess(patient, "SCREENING_READ");
            records.get(patient);
        });
        assertThat(auditLog.search(patient, "system", 0, 20).items()).extracting(e -> e.action())
                .contains("SCREENING_READ", "PATIENT_READ");
    }
}
