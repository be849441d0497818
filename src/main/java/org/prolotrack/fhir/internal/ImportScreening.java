package org.prolotrack.fhir.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Screenings;
import org.prolotrack.screening.Severity;
import org.prolotrack.screening.Verdict;
import org.springframework.stereotype.Component;

/**
 * After an import ({@code --screen}): screens every imported patient through the screening module (any site, the
 * default formulation) and lists the candidates and the contraindications found, for the clinic imported into.
 * Each screening is stored like one a clinician asked for, so the chart shows it.
 */
@Component
class ImportScreening {

    private final Screenings screenings;

    ImportScreening(Screenings screenings) {
        this.screenings = screenings;
    }

    void screenAndReport(String clinicCode, List<UUID> patients, PrintStream out) {
        var byVerdict = new EnumMap<Verdict, List<ScreeningResult>>(Verdict.class);
        for (var id : patients) {
            var result = screenings.screen(id, new PlannedCourse(List.of(), List.of()));
            byVerdict.computeIfAbsent(result.verdict(), v -> new ArrayList<>()).add(result);
        }
        out.printf("Screening of %d imported patients of clinic %s:", patients.size(), clinicCode);
        for (var v : Verdict.values()) {
            out.printf(" %s %d", v, byVerdict.getOrDefault(v, List.of()).size());
        }
        out.println();
        for (var v : List.of(Verdict.ELIGIBLE, Verdict.CAUTION)) {
            for (var r : byVerdict.getOrDefault(v, List.of())) {
                out.printf("  candidate (%s) Patient/%s%s%n", v, r.patientId(), r.indications().isEmpty() ? ""
                        : ": " + r.indications().stream().map(i -> i.label() + " (" + i.fact() + ")").limit(3).toList());
            }
        }
        for (var r : byVerdict.getOrDefault(Verdict.CONTRAINDICATED, List.of())) {
            out.printf("  contraindicated Patient/%s: %s%n", r.patientId(), r.findings().stream()
                    .filter(f -> f.severity() == Severity.ABSOLUTE).map(f -> f.ruleName() + " (" + f.fact() + ")")
                    .toList());
        }
    }
}
