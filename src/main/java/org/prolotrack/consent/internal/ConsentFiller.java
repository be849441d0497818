package org.prolotrack.consent.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.prolotrack.billing.Estimate;
import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.Provider;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.plan.TreatmentPlanView;

/** The values a consent template is filled with, from the patient, the series and billing's estimate. */
final class ConsentFiller {

    private ConsentFiller() {
    }

    static Map<String, String> values(PatientChart patient, TreatmentPlanView plan, Clinic clinic, Provider provider,
                                      Estimate estimate) {
        var v = new LinkedHashMap<String, String>();
        v.put("patient", patient.fullName());
        v.put("birthDate", String.valueOf(patient.birthDate()));
        v.put("clinic", clinic.name());
        v.put("provider", provider == null ? "your clinician" : provider.displayName());
        v.put("indication", plan.indicationDisplay() + (plan.indicationCode() == null ? "" : " (" + plan.indicationCode() + ")"));
        v.put("sites", plan.targets().isEmpty() ? "to be decided at the first session" : plan.targets().stream()
                .map(t -> t.siteName() + side(t.laterality()) + guidance(t.guidance()))
                .collect(Collectors.joining("; ")));
        v.put("agents", plan.agents().isEmpty() ? "dextrose with a local anesthetic, as your clinician decides"
                : String.join(", ", plan.agents()));
        v.put("sessions", String.valueOf(plan.plannedSessions()));
        v.put("interval", interval(plan.intervalMinDays(), plan.intervalMaxDays()));
        v.put("estimate", estimate == null ? "available from the front desk before your first session"
                : estimate.expectedTotal().display() + " for " + estimate.expectedSessions() + " sessions ("
                  + estimate.perSession().display() + " a session; " + estimate.minTotal().display() + " to "
                  + estimate.maxTotal().display() + " for " + estimate.minSessions() + " to " + estimate.maxSessions()
                  + " sessions)");
        return v;
    }

    static String interval(int minDays, int maxDays) {
        if (minDays % 7 == 0 && maxDays % 7 == 0) {
            return minDays == maxDays ? "about " + minDays / 7 + " weeks apart"
                    : minDays / 7 + " to " + maxDays / 7 + " weeks apart";
        }
        return minDays + " to " + maxDays + " days apart";
    }

    private static String side(String laterality) {
        if (laterality == null || laterality.isBlank() || "MIDLINE".equals(laterality)) {
            return "";
        }
        return ", " + laterality.toLowerCase(java.util.Locale.ROOT);
    }

    private static String guidance(String guidance) {
        return switch (guidance == null ? "" : guidance) {
            case "ULTRASOUND" -> " (ultrasound-guided)";
            case "FLUOROSCOPY" -> " (X-ray-guided)";
            default -> "";
        };
    }
}
