package org.prolotrack.portal.home;

import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The patient's own page: their record, read-only, and the panels other modules add (outcomes, appointments ...). */
@Controller
class PortalController {

    static final String[] PANELS = {"outcomes", "appointments", "consent", "aftercare"};

    private final PatientRecords records;
    private final CurrentUsers users;

    PortalController(PatientRecords records, CurrentUsers users) {
        this.records = records;
        this.users = users;
    }

    @GetMapping("/portal")
    String home(Model model) {
        var me = users.current().orElseThrow();
        if (!me.is(Role.PATIENT) || me.patientId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The portal is for patient accounts.");
        }
        model.addAttribute("chart", records.get(me.patientId()));
        model.addAttribute("panels", PANELS);
        return "portal/home";
    }
}
