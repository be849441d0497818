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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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
        return render(id, model);
    }

    /** Proposes every remaining session of a series inside its windows, for staff to look at before booking. */
    @PostMapping("/patients/{id}/panels/series/{planId}/proposal")
    String propose(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        patients.requireAccess(id, "SERIES_PROPOSE");
        model.addAttribute("proposal", series.propose(requirePlanOf(id, planId)));
        return render(id, model);
    }

    /** Books the proposal in one transaction; a clash books nothing and says which session. */
    @PostMapping("/patients/{id}/panels/series/{planId}/confirm")
    String confirm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        patients.requireAccess(id, "SERIES_BOOK");
        var plan = requirePlanOf(id, planId);
        var proposal = series.propose(plan);
        if (proposal.sessions().stream().anyMatch(s -> s.providerId() == null)) {
            model.addAttribute("proposal", proposal);
            model.addAttribute("seriesError", "Some sessions have no free slot inside their window; book them one by one from the calendar.");
        } else {
            try {
                series.confirm(plan, proposal.sessions());
                model.addAttribute("seriesBooked", proposal.sessions().size());
            } catch (org.prolotrack.problem.Refusal e) {
                model.addAttribute("proposal", proposal);
                model.addAttribute("seriesError", e.detail());
            }
        }
        return render(id, model);
    }

    private UUID requirePlanOf(UUID patientId, UUID planId) {
        return plans.find(planId).filter(p -> p.patientId().equals(patientId)).map(TreatmentPlanView::id)
                .orElseThrow(() -> new org.prolotrack.patient.PatientNotFoundException(patientId));
    }

    private String render(UUID id, Model model) {
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
