package org.prolotrack.web.registry;

import org.prolotrack.patient.PatientStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The researchers' landing page: de-identified counts only (per clinic and indication), never identifiers. */
@Controller
class RegistryHomeController {

    private final PatientStatistics statistics;

    RegistryHomeController(PatientStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/registry")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
    String registry(Model model) {
        model.addAttribute("counts", statistics.activeConditionsByClinic());
        model.addAttribute("smallCell", PatientStatistics.SMALL_CELL);
        return "registry/home";
    }
}
