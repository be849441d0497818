package org.prolotrack.web.patient;

import org.prolotrack.patient.PatientRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The patient list of the user's clinic, searchable by name, MRN or date of birth; htmx refreshes only the results. */
@Controller
class PatientListController {

    static final int PAGE_SIZE = 20;

    private final PatientRecords records;

    PatientListController(PatientRecords records) {
        this.records = records;
    }

    @GetMapping("/patients")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        try {
            var result = records.search(q, page, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return htmx != null ? "patients/list :: results" : "patients/list";
    }
}
