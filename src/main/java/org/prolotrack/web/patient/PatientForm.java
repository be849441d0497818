package org.prolotrack.web.patient;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientRegistry.Demographics;

/** The create/edit patient form: the text the user typed, converted with per-field errors. */
record PatientForm(String clinicId,
                   @NotBlank(message = "The MRN is required.")
                   @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}|", message = "Use letters, digits and dashes (at most 40).") String mrn,
                   @NotBlank(message = "The given name is required.") @Size(max = 100) String givenName,
                   @NotBlank(message = "The family name is required.") @Size(max = 100) String familyName,
                   String birthDate, String sex,
                   @Size(max = 40) String phone,
                   @Email(message = "Not an e-mail address.") @Size(max = 200) String email,
                   @Size(max = 300) String address,
                   String weightKg, String weightMeasuredOn, String preferredProviderId, String version) {

    static PatientForm empty() {
        return new PatientForm("", "", "", "", "", "", "", "", "", "", "", "", "0");
    }

    static PatientForm of(PatientChart c, int version) {
        return new PatientForm(c.clinicId().toString(), c.mrn(), c.givenName(), c.familyName(), c.birthDate().toString(),
                c.sex().name(), nz(c.phone()), nz(c.email()), nz(c.address()),
                c.weightKg() == null ? "" : c.weightKg().toPlainString(),
                c.weightMeasuredOn() == null ? "" : c.weightMeasuredOn().toString(),
                c.preferredProviderId() == null ? "" : c.preferredProviderId().toString(), String.valueOf(version));
    }

    Demographics toDemographics(FormErrors e) {
        var birth = e.requiredDate("birthDate", birthDate);
        var s = e.choice("sex", Sex.class, sex, true);
        return new Demographics(mrn, givenName, familyName, birth, s, phone, email, address,
                e.decimal("weightKg", weightKg), e.date("weightMeasuredOn", weightMeasuredOn), uuid(preferredProviderId));
    }

    UUID clinic() {
        return uuid(clinicId);
    }

    int versionNumber() {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
