package org.prolotrack.web.calendar;

import java.util.UUID;
import java.util.stream.Collectors;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.scheduling.SeriesBooking;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The series panel of the patient chart: each plan's sessions, their windows, and what is left to book. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN', 'STAFF')")
class SeriesPanelController {

    record PlanSeries(TreatmentPlanView plan, java.util.List<org.prolotrack.scheduling.Appointment> sessions) { }

    private final PatientRecords patients;
    private final TreatmentPlans plans;
    private final SeriesBooking series;
    private final ClinicDirectory clinics;

    SeriesPanelController(PatientRecords patients, TreatmentPlans plans, SeriesBooking series, ClinicDirectory clinics) {
        this.patients = patients;
        this.plans = plans;
        this.series = series;
        this.clinics = clinics;
    }

    @GetMapping("/patients/{id}/panels/series")
    String panel(@PathVariable UUID id, Model model) {
        var chart = patients.get(id);
        var zone = clinics.clinic(chart.clinicId()).orElseThrow().timeZone();
        model.addAttribute("patientId", id);
        model.addAttribute("zone", zone);
        model.addAttribute("series", plans.forPatient(id).stream()
                .map(p -> new PlanSeries(p, series.sessionsOf(p.id()))).toList());
        model.addAttribute("providerNames", clinics.providers(chart.clinicId()).stream()
                .collect(Collectors.toMap(Provider::id, Provider::displayName)));
        return "calendar/series :: panel";
    }
}
