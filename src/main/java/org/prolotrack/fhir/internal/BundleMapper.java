package org.prolotrack.fhir.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientImports.ImportedAllergy;
import org.prolotrack.patient.PatientImports.ImportedCare;
import org.prolotrack.patient.PatientImports.ImportedCondition;
import org.prolotrack.patient.PatientImports.ImportedImaging;
import org.prolotrack.patient.PatientImports.ImportedMedication;
import org.prolotrack.patient.PatientImports.ImportedPatient;
import org.springframework.stereotype.Component;

/**
 * Reads one patient's bundle (Synthea's output is the reference) into what ProloTrack keeps: the patient,
 * conditions, medications, allergies, prior conservative care, imaging and the latest body weight. Every other
 * resource is skipped and counted. One Patient per bundle; entries about anyone else make the bundle unimportable.
 */
@Component
class BundleMapper {

    private final PriorCareKinds priorCare;

    BundleMapper(PriorCareKinds priorCare) {
        this.priorCare = priorCare;
    }

    ImportedBundle map(Bundle bundle) {
        var problems = new ArrayList<String>();
        var skipped = new TreeMap<String, Integer>();
        var patients = new ArrayList<Bundle.BundleEntryComponent>();
        var byUrl = new HashMap<String, Resource>();
        for (var e : bundle.getEntry()) {
            if (!e.hasResource()) {
                problems.add("Bundle.entry[" + bundle.getEntry().indexOf(e) + "] has no resource.");
                continue;
            }
            byUrl.put(sourceId(e), e.getResource());
            if (e.getResource() instanceof Patient) {
                patients.add(e);
            }
        }
        if (patients.size() != 1) {
            problems.add(patients.isEmpty() ? "The bundle has no Patient: ProloTrack imports one patient per bundle."
                    : "The bundle has " + patients.size() + " Patients: ProloTrack imports one patient per bundle.");
            return new ImportedBundle(null, 0, skipped, problems);
        }
        var patientEntry = patients.getFirst();
        var patient = (Patient) patientEntry.getResource();
        var patientRefs = List.of(sourceId(patientEntry), "Patient/" + patient.getIdPart());

        var conditions = new ArrayList<ImportedCondition>();
        var medications = new ArrayList<ImportedMedication>();
        var allergies = new ArrayList<ImportedAllergy>();
        var care = new ArrayList<ImportedCare>();
        var imaging = new ArrayList<ImportedImaging>();
        BigDecimal weight = null;
        LocalDate weighedOn = null;
        int kept = 1;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            var e = bundle.getEntry().get(i);
            var r = e.getResource();
            if (r == null || r == patient) {
                continue;
            }
            var id = sourceId(e);
            var subject = subjectOf(r);
            if (subject.isPresent() && !subject.get().isEmpty() && !patientRefs.contains(subject.get())) {
                problems.add("Bundle.entry[" + i + "] (" + r.fhirType() + ") is about " + subject.get()
                        + ", not the bundle's patient " + patientRefs.getFirst() + ".");
                continue;
            }
            boolean wasKept = switch (r) {
                case Condition c -> add(conditions, ClinicalEntryMapper.condition(id, c));
                case MedicationRequest m -> add(medications, ClinicalEntryMapper.request(id, m,
                        medication(m.hasMedicationReference() ? m.getMedicationReference() : null,
                                m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept() : null, byUrl)));
                case MedicationStatement m -> add(medications, ClinicalEntryMapper.statement(id, m,
                        medication(m.hasMedicationReference() ? m.getMedicationReference() : null,
                                m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept() : null, byUrl)));
                case AllergyIntolerance a -> add(allergies, ClinicalEntryMapper.allergy(id, a));
                case Procedure p -> add(care, CareAndImagingMapper.care(id, p, priorCare));
                case ImagingStudy s -> add(imaging, CareAndImagingMapper.study(id, s));
                case DiagnosticReport d when CareAndImagingMapper.isImaging(d) ->
                        add(imaging, CareAndImagingMapper.report(id, d));
                case Observation o when ClinicalEntryMapper.isBodyWeight(o) -> {
                    var kg = ClinicalEntryMapper.weightKg(o);
                    var on = FhirValues.start(o.getEffective());
                    if (kg.isPresent() && on != null && (weighedOn == null || !on.isBefore(weighedOn))) {
                        weight = kg.get();
                        weighedOn = on;
                    }
                    yield kg.isPresent() && on != null;
                }
                default -> false;
            };
            if (wasKept) {
                kept++;
            } else {
                skipped.merge(r.fhirType(), 1, Integer::sum);
            }
        }
        var person = person(patient, problems);
        if (person == null) {
            return new ImportedBundle(null, 0, skipped, problems);
        }
        return new ImportedBundle(new ImportedPatient(person.mrn, person.given, person.family, person.birth,
                person.sex, person.phone, person.email, person.address, weight, weighedOn, conditions, medications,
                allergies, care, imaging), kept, skipped, problems);
    }

    /** Whether ProloTrack keeps this kind of resource at all (the validator checks those in the KEPT scope). */
    boolean keeps(Resource r) {
        return switch (r) {
            case Patient p -> true;
            case Condition c -> true;
            case MedicationRequest m -> true;
            case MedicationStatement m -> true;
            case Medication m -> true;
            case AllergyIntolerance a -> true;
            case ImagingStudy s -> true;
            case Procedure p -> CareAndImagingMapper.care("", p, priorCare).isPresent();
            case DiagnosticReport d -> CareAndImagingMapper.isImaging(d);
            case Observation o -> ClinicalEntryMapper.isBodyWeight(o);
            default -> false;
        };
    }

    private static <T> boolean add(List<T> list, Optional<T> item) {
        item.ifPresent(list::add);
        return item.isPresent();
    }

    /** The id an imported entry is matched on: its fullUrl (Synthea: urn:uuid:...), else Type/id. */
    static String sourceId(Bundle.BundleEntryComponent e) {
        if (e.hasFullUrl()) {
            return e.getFullUrl();
        }
        return e.hasResource() ? e.getResource().fhirType() + "/" + e.getResource().getIdPart() : null;
    }

    private static Optional<String> subjectOf(Resource r) {
        Reference ref = switch (r) {
            case Condition c -> c.getSubject();
            case MedicationRequest m -> m.getSubject();
            case MedicationStatement m -> m.getSubject();
            case AllergyIntolerance a -> a.getPatient();
            case Procedure p -> p.getSubject();
            case ImagingStudy s -> s.getSubject();
            case DiagnosticReport d -> d.getSubject();
            case Observation o -> o.getSubject();
            default -> null;
        };
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.getReference());
    }

    private static CodeableConcept medication(Reference ref, CodeableConcept inline, Map<String, Resource> byUrl) {
        if (inline != null) {
            return inline;
        }
        if (ref != null && byUrl.get(ref.getReference()) instanceof Medication m) {
            return m.getCode();
        }
        return ref == null ? null : new CodeableConcept().setText(ref.getDisplay());
    }

    private record Person(String mrn, String given, String family, LocalDate birth, PatientChart.Sex sex,
                          String phone, String email, String address) { }

    private static Person person(Patient p, List<String> problems) {
        var mrn = p.getIdentifier().stream()
                .filter(i -> i.getType().getCoding().stream().anyMatch(c -> "MR".equals(c.getCode())))
                .map(i -> i.getValue()).filter(v -> v != null && !v.isBlank()).findFirst()
                .or(() -> p.getIdentifier().stream().map(i -> i.getValue()).filter(v -> v != null && !v.isBlank()).findFirst())
                .orElse(p.getIdPart());
        var name = p.getName().stream().filter(n -> n.getUse() != null && "official".equals(n.getUse().toCode()))
                .findFirst().orElse(p.getNameFirstRep());
        var start = problems.size();
        if (mrn == null || mrn.isBlank()) {
            problems.add("Patient has neither an identifier nor an id to match it on.");
        } else if (mrn.length() > 40) {
            problems.add("Patient identifier '" + mrn + "' is longer than 40 characters.");
        }
        if (!name.hasFamily() || !name.hasGiven()) {
            problems.add("Patient.name needs a family and a given name.");
        }
        if (!p.hasBirthDate()) {
            problems.add("Patient.birthDate is required.");
        }
        if (problems.size() > start) {
            return null;
        }
        var sex = p.getGender() == null ? PatientChart.Sex.UNKNOWN : switch (p.getGender()) {
            case FEMALE -> PatientChart.Sex.FEMALE;
            case MALE -> PatientChart.Sex.MALE;
            case OTHER -> PatientChart.Sex.OTHER;
            default -> PatientChart.Sex.UNKNOWN;
        };
        var phone = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).findFirst().orElse(null);
        var email = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL)
                .map(ContactPoint::getValue).findFirst().orElse(null);
        return new Person(mrn, String.join(" ", name.getGiven().stream().map(g -> g.getValue()).toList()),
                name.getFamily(), FhirValues.date(p.getBirthDateElement()), sex, phone, email,
                p.hasAddress() ? address(p.getAddressFirstRep()) : null);
    }

    private static String address(Address a) {
        if (a.hasText()) {
            return a.getText();
        }
        var parts = new ArrayList<String>();
        a.getLine().forEach(l -> parts.add(l.getValue()));
        for (var s : new String[] {a.getCity(), a.getState(), a.getPostalCode(), a.getCountry()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
