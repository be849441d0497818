package org.prolotrack.portal.appointments;

import java.time.Instant;
import java.util.stream.Collectors;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Provider;
import org.prolotrack.scheduling.Appointments;
import org.prolotrack.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The patient's own upcoming appointments, for the portal page. A patient sees only their own. */
@Controller
@PreAuthorize("hasRole('PATIENT')")
class PortalAppointmentsController {

    private final Appointments appointments;
    private final CurrentUsers users;
    private final ClinicDirectory clinics;

    PortalAppointmentsController(Appointments appointments, CurrentUsers users, ClinicDirectory clinics) {
        this.appointments = appointments;
        this.users = users;
        this.clinics = clinics;
    }

    @GetMapping("/portal/panels/appointments")
    String panel(Model model) {
        var me = users.current().orElseThrow();
        var list = appointments.forPatient(me.patientId(), Instant.now()).stream().filter(a -> a.isBooked()).toList();
        model.addAttribute("appointments", list);
        var clinic = list.isEmpty() ? null : clinics.clinic(list.get(0).clinicId()).orElse(null);
        model.addAttribute("zone", clinic == null ? java.time.ZoneId.systemDefault() : clinic.timeZone());
        model.addAttribute("providerNames", clinic == null ? java.util.Map.of() : clinics.providers(clinic.id()).stream()
                .collect(Collectors.toMap(Provider::id, Provider::displayName)));
        return "calendar/portal-appointments :: panel";
    }
}
