package org.prolotrack.web.inbox;

import java.time.LocalDate;
import java.util.UUID;

import org.prolotrack.notification.Outbox;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.safety.SafetyAlerts;
import org.prolotrack.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The clinic inbox: red-flag alerts to acknowledge, e-mail that could not be sent, questionnaires due and
 * overdue.
 */
@Controller
class InboxController {

    private final SafetyAlerts alerts;
    private final Outbox outbox;
    private final OutcomeRecords outcomes;
    private final CurrentUsers users;

    InboxController(SafetyAlerts alerts, Outbox outbox, OutcomeRecords outcomes, CurrentUsers users) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.users = users;
    }

    private UUID clinic(UUID requested) {
        var me = users.currentOrSystem();
        var clinic = requested != null ? requested : me.clinicId();
        if (clinic == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose a clinic (?clinic=...)");
        }
        return clinic;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) UUID clinic, Model model) {
        var c = clinic(clinic);
        model.addAttribute("clinicId", c);
        model.addAttribute("alerts", alerts.forClinic(c, false));
        model.addAttribute("mailProblems", outbox.problems(c));
        model.addAttribute("overdue", outcomes.overdue(c, LocalDate.now()));
        model.addAttribute("due", outcomes.due(c, LocalDate.now()));
        return "inbox/inbox";
    }

    @PostMapping("/inbox/alerts/{alertId}/acknowledge")
    String acknowledge(@PathVariable UUID alertId, @RequestParam(required = false) String note,
                       @RequestParam(required = false) UUID clinic, Model model) {
        if (note == null || note.isBlank()) {
            model.addAttribute("ackError", alertId);
            return inbox(clinic, model);
        }
        alerts.acknowledge(alertId, note);
        return "redirect:/inbox" + (clinic == null ? "" : "?clinic=" + clinic);
    }
}
