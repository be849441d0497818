package org.prolotrack.fhir.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientImports.ImportedAllergy;
import org.prolotrack.patient.PatientImports.ImportedCondition;
import org.prolotrack.patient.PatientImports.ImportedMedication;

/** Reads the problem list, medications, allergies and body weight out of FHIR resources. */
final class ClinicalEntryMapper {

    static final String BODY_WEIGHT_LOINC = "29463-7";
    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private ClinicalEntryMapper() { }

    static Optional<ImportedCondition> condition(String sourceId, Condition c) {
        if (FhirValues.hasCode(c.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "entered-in-error")) {
            return Optional.empty();
        }
        var coding = FhirValues.keptCoding(c.getCode(), "SNOMED", "ICD10CM");
        var display = Optional.ofNullable(coding != null && coding.hasDisplay() ? coding.getDisplay()
                : FhirValues.words(c.getCode())).orElse("Condition without a name");
        var status = c.getClinicalStatus().getCoding().stream().map(x -> x.getCode())
                .anyMatch(code -> "inactive".equals(code) || "remission".equals(code) || "resolved".equals(code))
                || (!c.hasClinicalStatus() && c.hasAbatement())
                ? PatientChart.Condition.Status.RESOLVED : PatientChart.Condition.Status.ACTIVE;
        var bodySite = c.hasBodySite() ? FhirValues.words(c.getBodySiteFirstRep()) : null;
        return Optional.of(new ImportedCondition(sourceId,
                coding == null ? "TEXT" : CodeSystems.name(coding.getSystem()), coding == null ? null : coding.getCode(),
                display, bodySite, null, FhirValues.start(c.getOnset()),
                status, c.hasAbatementDateTimeType() ? FhirValues.date(c.getAbatementDateTimeType())
                : FhirValues.end(c.getAbatement())));
    }

    /** @param medication the medication's concept (inline, or the referenced Medication's code) */
    static Optional<ImportedMedication> request(String sourceId, MedicationRequest r, CodeableConcept medication) {
        var status = switch (r.getStatus() == null ? "unknown" : r.getStatus().toCode()) {
            case "entered-in-error", "draft", "cancelled" -> null;
            case "active", "on-hold", "unknown" -> PatientChart.Medication.Status.ACTIVE;
            default -> PatientChart.Medication.Status.STOPPED;
        };
        if (status == null) {
            return Optional.empty();
        }
        var start = FhirValues.date(r.getAuthoredOnElement());
        var stop = r.getDispenseRequest().getValidityPeriod().hasEnd()
                ? FhirValues.date(r.getDispenseRequest().getValidityPeriod().getEndElement()) : null;
        return Optional.of(medication(sourceId, medication, dosage(r.getDosageInstructionFirstRep()), status, start,
                stop != null && start != null && stop.isBefore(start) ? null : stop));
    }

    static Optional<ImportedMedication> statement(String sourceId, MedicationStatement s, CodeableConcept medication) {
        var status = switch (s.getStatus() == null ? "unknown" : s.getStatus().toCode()) {
            case "entered-in-error", "not-taken" -> null;
            case "active", "intended", "on-hold", "unknown" -> PatientChart.Medication.Status.ACTIVE;
            default -> PatientChart.Medication.Status.STOPPED;
        };
        if (status == null) {
            return Optional.empty();
        }
        var start = FhirValues.start(s.getEffective());
        var stop = FhirValues.end(s.getEffective());
        return Optional.of(medication(sourceId, medication, dosage(s.getDosageFirstRep()), status, start,
                stop != null && start != null && stop.isBefore(start) ? null : stop));
    }

    private static ImportedMedication medication(String sourceId, CodeableConcept cc, String dosage,
                                                 PatientChart.Medication.Status status,
                                                 java.time.LocalDate start, java.time.LocalDate stop) {
        var coding = FhirValues.keptCoding(cc, "RXNORM");
        var display = Optional.ofNullable(coding != null && coding.hasDisplay() ? coding.getDisplay()
                : FhirValues.words(cc)).orElse("Medication without a name");
        return new ImportedMedication(sourceId, coding == null ? "TEXT" : "RXNORM",
                coding == null ? null : coding.getCode(), display, dosage, status, start, stop);
    }

    /** The dosage as a clinician would read it: its text, else dose × frequency per period. */
    static String dosage(Dosage d) {
        if (d == null || d.isEmpty()) {
            return null;
        }
        if (d.hasText()) {
            return d.getText();
        }
        var sb = new StringBuilder();
        if (d.hasDoseAndRate() && d.getDoseAndRateFirstRep().hasDoseQuantity()) {
            var q = d.getDoseAndRateFirstRep().getDoseQuantity();
            sb.append(q.getValue().stripTrailingZeros().toPlainString());
            if (q.hasUnit()) {
                sb.append(' ').append(q.getUnit());
            }
        }
        var rep = d.getTiming().getRepeat();
        if (rep.hasFrequency() && rep.hasPeriod() && rep.hasPeriodUnit()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(rep.getFrequency()).append(" times per ")
                    .append(rep.getPeriod().stripTrailingZeros().toPlainString()).append(' ')
                    .append(rep.getPeriodUnit().toCode());
        }
        if (d.hasAsNeededBooleanType() && d.getAsNeededBooleanType().booleanValue()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("as needed");
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    static Optional<ImportedAllergy> allergy(String sourceId, AllergyIntolerance a) {
        if (FhirValues.hasCode(a.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "entered-in-error")
                || FhirValues.hasCode(a.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "refuted")) {
            return Optional.empty();
        }
        var coding = FhirValues.keptCoding(a.getCode(), "RXNORM", "SNOMED");
        var substance = Optional.ofNullable(coding != null && coding.hasDisplay() ? coding.getDisplay()
                : FhirValues.words(a.getCode())).orElse("Unnamed substance");
        var reaction = a.hasReaction() && a.getReactionFirstRep().hasManifestation()
                ? FhirValues.words(a.getReactionFirstRep().getManifestationFirstRep()) : null;
        var criticality = a.getCriticality() == null ? PatientChart.Allergy.Criticality.UNABLE_TO_ASSESS
                : switch (a.getCriticality()) {
                    case LOW -> PatientChart.Allergy.Criticality.LOW;
                    case HIGH -> PatientChart.Allergy.Criticality.HIGH;
                    default -> PatientChart.Allergy.Criticality.UNABLE_TO_ASSESS;
                };
        var active = !a.hasClinicalStatus() || FhirValues.hasCode(a.getClinicalStatus(),
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active");
        return Optional.of(new ImportedAllergy(sourceId, coding == null ? "TEXT" : CodeSystems.name(coding.getSystem()),
                coding == null ? null : coding.getCode(), substance, reaction, criticality,
                active ? PatientChart.Allergy.Status.ACTIVE : PatientChart.Allergy.Status.INACTIVE));
    }

    static boolean isBodyWeight(Observation o) {
        return FhirValues.hasCode(o.getCode(), CodeSystems.LOINC_URI, BODY_WEIGHT_LOINC);
    }

    /** The body weight in kg (one decimal), or empty when not a plausible quantity in kg or pounds. */
    static Optional<BigDecimal> weightKg(Observation o) {
        if (!o.hasValueQuantity() || !o.getValueQuantity().hasValue()) {
            return Optional.empty();
        }
        Quantity q = o.getValueQuantity();
        var unit = q.hasCode() ? q.getCode() : q.getUnit();
        BigDecimal kg;
        if ("kg".equals(unit)) {
            kg = q.getValue();
        } else if ("[lb_av]".equals(unit) || "lb".equals(unit) || "lbs".equals(unit)) {
            kg = q.getValue().multiply(KG_PER_LB);
        } else {
            return Optional.empty();
        }
        kg = kg.setScale(1, RoundingMode.HALF_UP);
        // the patient table's own bounds (0 < kg < 700)
        return kg.signum() > 0 && kg.compareTo(new BigDecimal("700")) < 0 ? Optional.of(kg) : Optional.empty();
    }
}
