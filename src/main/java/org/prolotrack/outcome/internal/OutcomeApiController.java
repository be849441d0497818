package org.prolotrack.outcome.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.outcome.Collection;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.ResponderAnalysis;
import org.prolotrack.outcome.ResponderReviews;
import org.prolotrack.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A patient's outcomes over REST: history, schedule, paper entry, due lists, responder reviews. */
@RestController
class OutcomeApiController {

    private final OutcomeRecords records;
    private final ResponderReviews reviews;
    private final CurrentUsers users;

    OutcomeApiController(OutcomeRecords records, ResponderReviews reviews, CurrentUsers users) {
        this.records = records;
        this.reviews = reviews;
        this.users = users;
    }

    @GetMapping("/api/patients/{patientId}/outcomes")
    List<RecordedOutcome> history(@PathVariable UUID patientId) {
        return records.history(patientId);
    }

    @GetMapping("/api/patients/{patientId}/outcome-schedule")
    List<Collection> schedule(@PathVariable UUID patientId) {
        return records.collections(patientId);
    }

    record PaperEntry(UUID planId, UUID collectionId, String instrument, List<Integer> answers, LocalDate collectedOn) { }

    @PostMapping("/api/patients/{patientId}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    RecordedOutcome paper(@PathVariable UUID patientId, @RequestBody PaperEntry e) {
        return records.recordPaper(patientId, e.planId(), e.collectionId(), e.instrument(), e.answers(),
                e.collectedOn() == null ? LocalDate.now() : e.collectedOn());
    }

    @GetMapping("/api/outcome-collections")
    List<Collection> due(@RequestParam(required = false) UUID clinicId, @RequestParam(defaultValue = "false") boolean overdue,
                         @RequestParam(required = false) LocalDate day) {
        var clinic = clinicId != null ? clinicId : users.currentOrSystem().clinicId();
        if (clinic == null) {
            throw new IllegalArgumentException("Name the clinic (clinicId).");
        }
        var d = day == null ? LocalDate.now() : day;
        return overdue ? records.overdue(clinic, d) : records.due(clinic, d);
    }

    @PostMapping("/api/plans/{planId}/responder-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ResponderAnalysis review(@PathVariable UUID planId) {
        return reviews.review(planId);
    }

    @GetMapping("/api/plans/{planId}/responder-reviews")
    List<ResponderAnalysis> reviews(@PathVariable UUID planId) {
        return reviews.reviews(planId);
    }

    record DecisionRequest(ResponderAnalysis.Decision decision, String note) { }

    @PostMapping("/api/responder-reviews/{reviewId}/decision")
    ResponderAnalysis decide(@PathVariable UUID reviewId, @RequestBody DecisionRequest d) {
        return reviews.decide(reviewId, d.decision(), d.note());
    }
}
