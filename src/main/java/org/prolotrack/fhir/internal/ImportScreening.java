package org.prolotrack.fhir.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import org.prolotrack.patient.PatientRecords;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Screenings;
import org.prolotrack.screening.Severity;
import org.prolotrack.screening.Verdict;
import org.springframework.stereotype.Component;

/**
 * After an import ({@code --screen}): screens every imported patient through the screening module (any site, the
 * default formulation) and lists, for the clinic imported into, the candidates (eligible, or eligible with cautions
 * the clinician weighs) with their indications, cautions and the facts still to document, and the contraindicated
 * patients with why. Each
 * screening is stored like one a clinician asked for, so the chart shows it.
 */
@Component
class ImportScreening {

    private final Screenings screenings;
    private final PatientRecords patients;

    ImportScreening(Screenings screenings, PatientRecords patients) {
        this.screenings = screenings;
        this.patients = patients;
    }

    void screenAndReport(String clinicCode, List<UUID> imported, PrintStream out) {
        var byVerdict = new EnumMap<Verdict, List<ScreeningResult>>(Verdict.class);
        for (var id : imported) {
            var result = screenings.screen(id, new PlannedCourse(List.of(), List.of()));
            byVerdict.computeIfAbsent(result.verdict(), v -> new ArrayList<>()).add(result);
        }
        out.printf("Screening of %d imported patients of clinic %s:", imported.size(), clinicCode);
        for (var v : Verdict.values()) {
            out.printf(" %s %d", v, byVerdict.getOrDefault(v, List.of()).size());
        }
        out.println();
        for (var v : List.of(Verdict.ELIGIBLE, Verdict.CAUTION)) {
            for (var r : byVerdict.getOrDefault(v, List.of())) {
                out.printf("  candidate (%s) %s%n    indication: %s%n", v, who(r.patientId()),
                        r.indications().stream().map(i -> i.label() + " (" + i.fact() + ")").toList());
                var cautions = findings(r, Severity.RELATIVE);
                if (!cautions.isEmpty()) {
                    out.printf("    cautions: %s%n", cautions);
                }
                var missing = r.findings().stream().filter(f -> f.severity() == Severity.MISSING_FACT)
                        .map(f -> f.ruleName()).toList();
                if (!missing.isEmpty()) {
                    out.printf("    to document: %s%n", missing);
                }
            }
        }
        for (var r : byVerdict.getOrDefault(Verdict.CONTRAINDICATED, List.of())) {
            out.printf("  contraindicated %s%n    because: %s%n", who(r.patientId()), findings(r, Severity.ABSOLUTE));
        }
    }

    private static List<String> findings(ScreeningResult r, Severity severity) {
        return r.findings().stream().filter(f -> f.severity() == severity)
                .map(f -> f.ruleName() + " (" + f.fact() + ")").toList();
    }

    /** "Family, Given (MRN …, born …) Patient/id", read as the system for this report (audited). */
    private String who(UUID patientId) {
        return patients.readAsSystem(patientId, "screening report after import")
                .map(c -> c.familyName() + ", " + c.givenName() + " (MRN " + c.mrn() + ", born " + c.birthDate()
                        + ") Patient/" + c.id())
                .orElse("Patient/" + patientId);
    }
}
