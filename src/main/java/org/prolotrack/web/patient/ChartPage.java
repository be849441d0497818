package org.prolotrack.web.patient;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.web.patient.ChartForms.AllergyForm;
import org.prolotrack.web.patient.ChartForms.CareForm;
import org.prolotrack.web.patient.ChartForms.ConditionForm;
import org.prolotrack.web.patient.ChartForms.ImagingForm;
import org.prolotrack.web.patient.ChartForms.MedicationForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a chart and its add forms into the model: empty forms, except the one that came back with errors. */
@Component
class ChartPage {

    /** The panels other modules provide at /patients/{id}/panels/{name}. */
    static final String[] PANELS = {"screening", "plan", "series", "outcomes", "safety", "consent", "billing"};

    private final PatientRecords records;
    private final ClinicDirectory clinics;
    private final CurrentUsers users;

    ChartPage(PatientRecords records, ClinicDirectory clinics, CurrentUsers users) {
        this.records = records;
        this.clinics = clinics;
        this.users = users;
    }

    /** The time zone of the signed-in user's clinic (UTC for users of no clinic, such as administrators). */
    ZoneId userZone() {
        var clinic = users.currentOrSystem().clinicId();
        return clinic == null ? ZoneOffset.UTC : clinics.clinic(clinic).map(c -> c.timeZone()).orElse(ZoneOffset.UTC);
    }

    String show(UUID id, Model model) {
        return show(id, model, null, null, FormErrors.none());
    }

    /** {@code formName}: condition, medication, allergy, care or imaging — the form to re-show with its errors. */
    String show(UUID id, Model model, String formName, Record form, FormErrors errors) {
        PatientChart chart = records.get(id);
        model.addAttribute("chart", chart);
        model.addAttribute("age", Period.between(chart.birthDate(), LocalDate.now()).getYears());
        model.addAttribute("clinic", clinics.clinic(chart.clinicId()).map(c -> c.name()).orElse(""));
        model.addAttribute("provider", chart.preferredProviderId() == null ? null
                : clinics.provider(chart.preferredProviderId()).map(p -> p.displayName()).orElse(null));
        model.addAttribute("panels", PANELS);
        model.addAttribute("openForm", formName);
        var forms = Map.<String, Record>of("condition", ConditionForm.empty(), "medication", MedicationForm.empty(),
                "allergy", AllergyForm.empty(), "care", CareForm.empty(), "imaging", ImagingForm.empty());
        forms.forEach((name, empty) -> {
            model.addAttribute(name + "Form", name.equals(formName) ? form : empty);
            model.addAttribute(name + "Errors", name.equals(formName) ? errors.asMap() : Map.of());
        });
        model.addAttribute("lateralities", PatientChart.Laterality.values());
        model.addAttribute("criticalities", PatientChart.Allergy.Criticality.values());
        model.addAttribute("careKinds", PatientChart.ConservativeCare.Kind.values());
        model.addAttribute("helpedValues", PatientChart.ConservativeCare.Helped.values());
        model.addAttribute("modalities", PatientChart.Imaging.Modality.values());
        return "patients/chart";
    }
}
