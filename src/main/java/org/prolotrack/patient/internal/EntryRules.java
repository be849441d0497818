package org.prolotrack.patient.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;

/**
 * What a patient entry must satisfy before it is written, whoever sends it (REST, form, import). Each refusal names
 * the field. The code formats are the published shapes of the code systems, not clinical values.
 */
final class EntryRules {

    /** ICD-10-CM: letter, digit, digit or letter, optional dot and up to four characters (e.g. M17.11, M51.360). */
    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** SNOMED CT concept ids are 6 to 18 digits. */
    private static final Pattern SNOMED = Pattern.compile("[1-9][0-9]{5,17}");
    /** RxNorm concept unique identifiers are digits. */
    private static final Pattern RXCUI = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern MRN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("700");

    private EntryRules() {
    }

    static void check(Demographics d) {
        if (d == null) {
            throw PatientDataException.invalid("demographics", "Demographics are required.");
        }
        required("mrn", d.mrn());
        if (!MRN.matcher(d.mrn().trim()).matches()) {
            throw PatientDataException.invalid("mrn", "Use letters, digits and dashes (at most 40).");
        }
        required("givenName", d.givenName());
        required("familyName", d.familyName());
        if (d.birthDate() == null) {
            throw PatientDataException.invalid("birthDate", "Date of birth is required.");
        }
        if (d.birthDate().isAfter(LocalDate.now()) || d.birthDate().isBefore(LocalDate.of(1880, 1, 1))) {
            throw PatientDataException.invalid("birthDate", "Date of birth must be a real past date.");
        }
        if (d.sex() == null) {
            throw PatientDataException.invalid("sex", "Sex is required (choose unknown if not known).");
        }
        checkWeight(d.weightKg(), d.weightMeasuredOn());
    }

    static void checkWeight(BigDecimal kg, LocalDate on) {
        if (kg == null && on == null) {
            return;
        }
        if (kg == null) {
            throw PatientDataException.invalid("weightKg", "Enter the weight measured on that date.");
        }
        if (kg.signum() <= 0 || kg.compareTo(MAX_WEIGHT) >= 0 || kg.scale() > 1) {
            throw PatientDataException.invalid("weightKg", "Weight must be between 0 and 700 kg, with at most one decimal.");
        }
        if (on == null) {
            throw PatientDataException.invalid("weightMeasuredOn", "Enter the date the weight was measured.");
        }
        notFuture("weightMeasuredOn", on);
    }

    static void check(ConditionEntry c) {
        code("codeSystem", c.codeSystem(), Set.of("ICD10CM", "SNOMED", "TEXT"), c.code());
        required("display", c.display());
        if (c.status() == null) {
            throw PatientDataException.invalid("status", "Clinical status is required (active or resolved).");
        }
        notFuture("onsetDate", c.onsetDate());
        notFuture("abatementDate", c.abatementDate());
        if (c.abatementDate() != null && c.onsetDate() != null && c.abatementDate().isBefore(c.onsetDate())) {
            throw PatientDataException.invalid("abatementDate", "Resolved date cannot be before the onset.");
        }
    }

    static void check(MedicationEntry m) {
        code("codeSystem", m.codeSystem(), Set.of("RXNORM", "TEXT"), m.code());
        required("display", m.display());
        notFuture("startDate", m.startDate());
        notFuture("stopDate", m.stopDate());
        if (m.stopDate() != null && m.startDate() != null && m.stopDate().isBefore(m.startDate())) {
            throw PatientDataException.invalid("stopDate", "Stop date cannot be before the start date.");
        }
    }

    static void check(AllergyEntry a) {
        code("codeSystem", a.codeSystem(), Set.of("RXNORM", "SNOMED", "TEXT"), a.code());
        required("substance", a.substance());
        if (a.criticality() == null) {
            throw PatientDataException.invalid("criticality", "Criticality is required (low, high or unable to assess).");
        }
    }

    static void check(CareEntry c) {
        if (c.kind() == null) {
            throw PatientDataException.invalid("kind", "Kind of care is required.");
        }
        required("description", c.description());
        if (c.helped() == null) {
            throw PatientDataException.invalid("helped", "Say whether it helped (or unknown).");
        }
        notFuture("startDate", c.startDate());
        if (c.endDate() != null && c.startDate() != null && c.endDate().isBefore(c.startDate())) {
            throw PatientDataException.invalid("endDate", "End date cannot be before the start date.");
        }
    }

    static void check(ImagingEntry i) {
        if (i.modality() == null) {
            throw PatientDataException.invalid("modality", "Modality is required.");
        }
        required("bodySite", i.bodySite());
        if (i.studyDate() == null) {
            throw PatientDataException.invalid("studyDate", "Study date is required.");
        }
        notFuture("studyDate", i.studyDate());
        if (i.reportSummary() != null && i.reportSummary().length() > 2000) {
            throw PatientDataException.invalid("reportSummary", "Keep the summary under 2000 characters.");
        }
    }

    static void notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            throw PatientDataException.invalid(field, "The date cannot be in the future.");
        }
    }

    private static void code(String field, String system, Set<String> allowed, String code) {
        if (system == null || !allowed.contains(system)) {
            throw PatientDataException.invalid(field, "Code system must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        var c = code == null ? "" : code.trim();
        var ok = switch (system) {
            case "ICD10CM" -> ICD10CM.matcher(c).matches();
            case "SNOMED" -> SNOMED.matcher(c).matches();
            case "RXNORM" -> RXCUI.matcher(c).matches();
            default -> c.length() <= 40;
        };
        if (!ok) {
            throw PatientDataException.invalid("code", switch (system) {
                case "ICD10CM" -> "Not an ICD-10-CM code (e.g. M17.11).";
                case "SNOMED" -> "Not a SNOMED CT concept id (6 to 18 digits).";
                case "RXNORM" -> "Not an RxNorm RXCUI (digits only).";
                default -> "Keep the code under 40 characters.";
            });
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw PatientDataException.invalid(field, "This field is required.");
        }
    }

    /** Trims and turns blanks into null. */
    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
