package org.prolotrack.web.admin;

import java.util.UUID;

import org.prolotrack.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log for admins: read-only, newest first, filterable by patient and account. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String patient, @RequestParam(defaultValue = "") String account,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("patient", patient);
        model.addAttribute("account", account);
        UUID patientId = null;
        if (!patient.isBlank()) {
            try {
                patientId = UUID.fromString(patient.trim());
            } catch (IllegalArgumentException e) {
                model.addAttribute("patientError", "Enter a patient id (as shown in the chart address).");
                return "admin/audit";
            }
        }
        var result = log.search(patientId, account, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "admin/audit";
    }
}
