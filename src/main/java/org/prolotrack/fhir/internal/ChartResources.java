package org.prolotrack.fhir.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceCriticality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientSummary;

/** ProloTrack's patient records as FHIR R4 resources (the read side of the facade). */
final class ChartResources {

    private ChartResources() { }

    /** The system of the identifiers ProloTrack gives as MRNs: one namespace per clinic. */
    static String mrnSystem(java.util.UUID clinicId) {
        return "urn:prolotrack:clinic:" + clinicId + ":mrn";
    }

    static Patient patient(PatientSummary s) {
        var p = new Patient();
        p.setId(s.id().toString());
        p.addIdentifier(new Identifier().setSystem(mrnSystem(s.clinicId())).setValue(s.mrn())
                .setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR",
                        "Medical record number"))));
        p.addName(new HumanName().setFamily(s.familyName()).addGiven(s.givenName()));
        p.setBirthDateElement(new DateType(s.birthDate().toString()));
        p.setGender(gender(s.sex()));
        p.setManagingOrganization(new Reference("Group/" + s.clinicId()).setDisplay("clinic"));
        return p;
    }

    static Patient patient(PatientChart c) {
        var p = patient(new PatientSummary(c.id(), c.clinicId(), c.mrn(), c.givenName(), c.familyName(),
                c.birthDate(), c.sex()));
        if (c.phone() != null) {
            p.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
        }
        if (c.email() != null) {
            p.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL).setValue(c.email());
        }
        if (c.address() != null) {
            p.addAddress().setText(c.address());
        }
        return p;
    }

    private static AdministrativeGender gender(PatientChart.Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }

    static Condition condition(PatientChart chart, PatientChart.Condition c) {
        var r = new Condition();
        r.setId(c.id().toString());
        r.setSubject(subject(chart));
        r.setCode(concept(c.codeSystem(), c.code(), c.display()));
        var active = c.status() == PatientChart.Condition.Status.ACTIVE;
        r.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", active ? "active" : "resolved", null)));
        r.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")));
        if (c.onsetDate() != null) {
            r.setOnset(dateTime(c.onsetDate()));
        }
        if (c.abatementDate() != null) {
            r.setAbatement(dateTime(c.abatementDate()));
        }
        if (c.bodySite() != null) {
            r.addBodySite().setText(c.laterality() == null ? c.bodySite()
                    : c.laterality().name().toLowerCase() + " " + c.bodySite());
        }
        return r;
    }

    /**
     * An entry voided as entered in error, for a {@code _since} export: the resource with its id, marked
     * entered-in-error (status or verification status), and what it said as text; the rest of it is not served.
     * Empty for kinds the export does not serve.
     */
    static java.util.List<org.hl7.fhir.r4.model.Resource> enteredInError(PatientChart chart,
                                                                         org.prolotrack.patient.VoidedEntry v) {
        var text = new CodeableConcept().setText(v.description());
        var id = v.id().toString();
        return switch (v.kind()) {
            case CONDITION -> {
                var r = new Condition().setSubject(subject(chart)).setCode(text).setVerificationStatus(
                        new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                "entered-in-error", "Entered in Error")));
                r.setId(id);
                yield java.util.List.of(r);
            }
            case MEDICATION -> {
                var request = new MedicationRequest().setSubject(subject(chart))
                        .setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
                        .setStatus(MedicationRequest.MedicationRequestStatus.ENTEREDINERROR).setMedication(text);
                request.setId(id);
                var statement = new MedicationStatement().setSubject(subject(chart))
                        .setStatus(MedicationStatement.MedicationStatementStatus.ENTEREDINERROR).setMedication(text.copy());
                statement.setId(id);
                yield java.util.List.of(request, statement);
            }
            case ALLERGY -> {
                var r = new AllergyIntolerance().setPatient(subject(chart)).setCode(text).setVerificationStatus(
                        new CodeableConcept(new Coding(
                                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                                "entered-in-error", "Entered in Error")));
                r.setId(id);
                yield java.util.List.of(r);
            }
            case CONSERVATIVE_CARE, IMAGING -> java.util.List.of();
        };
    }

    static MedicationRequest medicationRequest(PatientChart chart, PatientChart.Medication m) {
        var r = new MedicationRequest();
        r.setId(m.id().toString());
        r.setSubject(subject(chart));
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setStatus(m.status() == PatientChart.Medication.Status.ACTIVE
                ? MedicationRequest.MedicationRequestStatus.ACTIVE : MedicationRequest.MedicationRequestStatus.STOPPED);
        r.setMedication(concept(m.codeSystem(), m.code(), m.display()));
        if (m.startDate() != null) {
            r.setAuthoredOn(date(m.startDate()));
        }
        if (m.dosage() != null) {
            r.addDosageInstruction().setText(m.dosage());
        }
        return r;
    }

    static MedicationStatement medicationStatement(PatientChart chart, PatientChart.Medication m) {
        var r = new MedicationStatement();
        r.setId(m.id().toString());
        r.setSubject(subject(chart));
        r.setStatus(m.status() == PatientChart.Medication.Status.ACTIVE
                ? MedicationStatement.MedicationStatementStatus.ACTIVE
                : MedicationStatement.MedicationStatementStatus.STOPPED);
        r.setMedication(concept(m.codeSystem(), m.code(), m.display()));
        if (m.startDate() != null || m.stopDate() != null) {
            var period = new Period();
            if (m.startDate() != null) {
                period.setStartElement(dateTime(m.startDate()));
            }
            if (m.stopDate() != null) {
                period.setEndElement(dateTime(m.stopDate()));
            }
            r.setEffective(period);
        }
        if (m.dosage() != null) {
            r.addDosage().setText(m.dosage());
        }
        return r;
    }

    static AllergyIntolerance allergy(PatientChart chart, PatientChart.Allergy a) {
        var r = new AllergyIntolerance();
        r.setId(a.id().toString());
        r.setPatient(subject(chart));
        r.setCode(concept(a.codeSystem(), a.code(), a.substance()));
        r.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                a.status() == PatientChart.Allergy.Status.ACTIVE ? "active" : "inactive", null)));
        r.setCriticality(switch (a.criticality()) {
            case LOW -> AllergyIntoleranceCriticality.LOW;
            case HIGH -> AllergyIntoleranceCriticality.HIGH;
            case UNABLE_TO_ASSESS -> AllergyIntoleranceCriticality.UNABLETOASSESS;
        });
        if (a.reaction() != null) {
            r.addReaction().addManifestation().setText(a.reaction());
        }
        return r;
    }

    static CodeableConcept concept(String system, String code, String display) {
        var uri = CodeSystems.uri(system);
        var cc = new CodeableConcept().setText(display);
        if (uri != null && code != null) {
            cc.addCoding(new Coding(uri, code, display));
        }
        return cc;
    }

    private static Reference subject(PatientChart chart) {
        return new Reference("Patient/" + chart.id()).setDisplay(chart.fullName());
    }

    private static DateTimeType dateTime(LocalDate d) {
        return new DateTimeType(d.toString());
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
