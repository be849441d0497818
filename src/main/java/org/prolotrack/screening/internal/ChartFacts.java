package org.prolotrack.screening.internal;

import java.time.LocalDate;
import java.util.List;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.ScreeningFacts;
import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.CareFact;
import org.prolotrack.screening.ScreeningFacts.CareOutcome;
import org.prolotrack.screening.ScreeningFacts.Code;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;

/** Turns a patient chart into screening facts; an entry counts as active only if its status and dates say so today. */
final class ChartFacts {

    private ChartFacts() {
    }

    static ScreeningFacts from(PatientChart chart, LocalDate today) {
        var conditions = chart.conditions().stream().map(c -> new ConditionFact(codes(c.codeSystem(), c.code()),
                c.display(), c.bodySite(), c.laterality() == null ? null : Laterality.valueOf(c.laterality().name()),
                c.status() == PatientChart.Condition.Status.ACTIVE
                        && (c.abatementDate() == null || c.abatementDate().isAfter(today)),
                c.onsetDate())).toList();
        var medications = chart.medications().stream().map(m -> new MedicationFact(codes(m.codeSystem(), m.code()),
                m.display() + (m.dosage() == null || m.dosage().isBlank() ? "" : " (" + m.dosage() + ")"),
                m.status() == PatientChart.Medication.Status.ACTIVE
                        && (m.stopDate() == null || !m.stopDate().isBefore(today)),
                m.startDate())).toList();
        var allergies = chart.allergies().stream().map(a -> new AllergyFact(codes(a.codeSystem(), a.code()),
                a.substance(), a.status() == PatientChart.Allergy.Status.ACTIVE)).toList();
        var care = chart.conservativeCare().stream().map(c -> new CareFact(c.kind().name(), c.description(),
                switch (c.helped()) {
                    case YES -> CareOutcome.HELPED;
                    case PARTLY -> CareOutcome.PARTLY;
                    case NO -> CareOutcome.NOT_HELPED;
                    case UNKNOWN -> CareOutcome.UNKNOWN;
                })).toList();
        return new ScreeningFacts(chart.mrn(), today, chart.weightKg(), conditions, medications, allergies, care);
    }

    private static List<Code> codes(String system, String code) {
        if (code == null || code.isBlank() || system == null || system.equals("TEXT")) {
            return List.of();
        }
        return List.of(Code.of(system, code));
    }
}
