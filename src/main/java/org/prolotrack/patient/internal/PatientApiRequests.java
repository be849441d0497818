package org.prolotrack.patient.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prolotrack.patient.PatientChart.Allergy;
import org.prolotrack.patient.PatientChart.Condition;
import org.prolotrack.patient.PatientChart.ConservativeCare;
import org.prolotrack.patient.PatientChart.Imaging;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;

/** The JSON bodies the patient API accepts. Bean validation answers 400 with an error per field. */
final class PatientApiRequests {

    private PatientApiRequests() {
    }

    record PatientRequest(
            UUID clinicId,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "use letters, digits and dashes (at most 40)") String mrn,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Past LocalDate birthDate,
            @NotNull Sex sex,
            @Size(max = 40) String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 300) String address,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "700", inclusive = false) @Digits(integer = 3, fraction = 1) BigDecimal weightKg,
            @PastOrPresent LocalDate weightMeasuredOn,
            UUID preferredProviderId,
            Integer version) {

        Demographics demographics() {
            return new Demographics(mrn, givenName, familyName, birthDate, sex, phone, email, address, weightKg,
                    weightMeasuredOn, preferredProviderId);
        }
    }

    record WeightRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "700", inclusive = false) @Digits(integer = 3, fraction = 1) BigDecimal weightKg,
            @NotNull @PastOrPresent LocalDate measuredOn) { }

    record ConditionRequest(
            @NotBlank @Pattern(regexp = "ICD10CM|SNOMED|TEXT", message = "must be ICD10CM, SNOMED or TEXT") String codeSystem,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 300) String display,
            @Size(max = 100) String bodySite,
            Laterality laterality,
            @PastOrPresent LocalDate onsetDate,
            Condition.Status status,
            @PastOrPresent LocalDate abatementDate,
            Integer version) {

        ConditionEntry entry() {
            return new ConditionEntry(codeSystem, code, display, bodySite, laterality, onsetDate,
                    status == null ? Condition.Status.ACTIVE : status, abatementDate);
        }
    }

    record MedicationRequest(
            @NotBlank @Pattern(regexp = "RXNORM|TEXT", message = "must be RXNORM or TEXT") String codeSystem,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 300) String display,
            @Size(max = 200) String dosage,
            @PastOrPresent LocalDate startDate,
            @PastOrPresent LocalDate stopDate) {

        MedicationEntry entry() {
            return new MedicationEntry(codeSystem, code, display, dosage, startDate, stopDate);
        }
    }

    record AllergyRequest(
            @NotBlank @Pattern(regexp = "RXNORM|SNOMED|TEXT", message = "must be RXNORM, SNOMED or TEXT") String codeSystem,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String substance,
            @Size(max = 200) String reaction,
            @NotNull Allergy.Criticality criticality) {

        AllergyEntry entry() {
            return new AllergyEntry(codeSystem, code, substance, reaction, criticality);
        }
    }

    record CareRequest(
            @NotNull ConservativeCare.Kind kind,
            @NotBlank @Size(max = 300) String description,
            @PastOrPresent LocalDate startDate,
            LocalDate endDate,
            @NotNull ConservativeCare.Helped helped) {

        CareEntry entry() {
            return new CareEntry(kind, description, startDate, endDate, helped);
        }
    }

    record ImagingRequest(
            @NotNull Imaging.Modality modality,
            @NotBlank @Size(max = 100) String bodySite,
            @NotNull @PastOrPresent LocalDate studyDate,
            @Size(max = 2000) String reportSummary) {

        ImagingEntry entry() {
            return new ImagingEntry(modality, bodySite, studyDate, reportSummary);
        }
    }

    record VoidRequest(@NotBlank @Size(max = 300) String reason) { }

    record DateRequest(@PastOrPresent LocalDate date) { }
}
