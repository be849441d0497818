package org.prolotrack.portal.outcome;

import org.prolotrack.outcome.Collection;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.OutcomeChart;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The patient's own outcomes on the portal: their scores over time and the questionnaires waiting for them. */
@Controller
class PortalOutcomesController {

    private final OutcomeRecords records;
    private final Instruments instruments;
    private final CurrentUsers users;

    PortalOutcomesController(OutcomeRecords records, Instruments instruments, CurrentUsers users) {
        this.records = records;
        this.instruments = instruments;
        this.users = users;
    }

    private java.util.UUID me() {
        var me = users.current().filter(u -> u.is(Role.PATIENT) && u.patientId() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return me.patientId();
    }

    @GetMapping("/portal/panels/outcomes")
    String panel(Model model) {
        var patient = me();
        var history = records.history(patient);
        model.addAttribute("chart", OutcomeChart.of(history, records.sessions(patient), instruments));
        model.addAttribute("open", records.collections(patient).stream().filter(c -> c.status() == Collection.Status.OPEN
                && !c.dueOn().isAfter(java.time.LocalDate.now())).toList());
        model.addAttribute("count", history.size());
        return "outcome/portal-panel";
    }

    /** The patient, signed in, fills a due questionnaire now: a personal link for their own collection. */
    @PostMapping("/portal/outcomes/{collectionId}/fill")
    String fill(@PathVariable java.util.UUID collectionId) {
        var patient = me();
        var c = records.collections(patient).stream().filter(x -> x.id().equals(collectionId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/q/o/" + records.issueLink(c.id());
    }
}
