package org.prolotrack.patient.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.patient.PatientSummary;

/** The JSON the patient API answers with (records, never the database rows). */
final class PatientJson {

    private PatientJson() {
    }

    record PatientPage(List<Line> items, long total, int page, int size) {
        static PatientPage of(PatientRecords.Page p) {
            return new PatientPage(p.items().stream().map(Line::of).toList(), p.total(), p.page(), p.size());
        }
    }

    record Line(UUID id, UUID clinicId, String mrn, String name, String givenName, String familyName,
                LocalDate birthDate, String sex) {
        static Line of(PatientSummary s) {
            return new Line(s.id(), s.clinicId(), s.mrn(), s.givenName() + " " + s.familyName(), s.givenName(),
                    s.familyName(), s.birthDate(), s.sex().name());
        }
    }

    record Patient(UUID id, UUID clinicId, String mrn, String name, String givenName, String familyName,
                   LocalDate birthDate, String sex, String phone, String email, String address, BigDecimal weightKg,
                   LocalDate weightMeasuredOn, UUID preferredProviderId, int version, List<Coded> conditions,
                   List<Coded> medications, List<Coded> allergies, List<Care> conservativeCare, List<Study> imaging) {

        static Patient of(PatientChart c, int version) {
            return new Patient(c.id(), c.clinicId(), c.mrn(), c.fullName(), c.givenName(), c.familyName(), c.birthDate(),
                    c.sex().name(), c.phone(), c.email(), c.address(), c.weightKg(), c.weightMeasuredOn(),
                    c.preferredProviderId(), version,
                    c.conditions().stream().map(Coded::of).toList(),
                    c.medications().stream().map(Coded::of).toList(),
                    c.allergies().stream().map(Coded::of).toList(),
                    c.conservativeCare().stream().map(Care::of).toList(),
                    c.imaging().stream().map(Study::of).toList());
        }
    }

    /**
     * A coded chart entry. Fields that do not apply to its kind are null (and left out of the JSON); a condition
     * carries its {@code version}, to send back when editing it.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Coded(UUID id, String codeSystem, String code, String display, String status, String bodySite,
                 String laterality, LocalDate onsetDate, LocalDate abatementDate, String dosage, LocalDate startDate,
                 LocalDate stopDate, String reaction, String criticality, Integer version) {

        static Coded of(PatientChart.Condition c) {
            return new Coded(c.id(), c.codeSystem(), c.code(), c.display(), c.status().name(), c.bodySite(),
                    c.laterality() == null ? null : c.laterality().name(), c.onsetDate(), c.abatementDate(),
                    null, null, null, null, null, c.version());
        }

        static Coded of(PatientChart.Medication m) {
            return new Coded(m.id(), m.codeSystem(), m.code(), m.display(), m.status().name(), null, null, null, null,
                    m.dosage(), m.startDate(), m.stopDate(), null, null, null);
        }

        static Coded of(PatientChart.Allergy a) {
            return new Coded(a.id(), a.codeSystem(), a.code(), a.substance(), a.status().name(), null, null, null, null,
                    null, null, null, a.reaction(), a.criticality().name(), null);
        }
    }

    record Care(UUID id, String kind, String description, LocalDate startDate, LocalDate endDate, String helped) {
        static Care of(PatientChart.ConservativeCare c) {
            return new Care(c.id(), c.kind().name(), c.description(), c.startDate(), c.endDate(), c.helped().name());
        }
    }

    record Study(UUID id, String modality, String bodySite, LocalDate studyDate, String reportSummary) {
        static Study of(PatientChart.Imaging i) {
            return new Study(i.id(), i.modality().name(), i.bodySite(), i.studyDate(), i.reportSummary());
        }
    }

    record Created(UUID id) { }
}
