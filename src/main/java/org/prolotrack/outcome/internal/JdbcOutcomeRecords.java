package org.prolotrack.outcome.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.outcome.Collection;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.OutcomeRecorded;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.SessionMark;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.PersonalLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcOutcomeRecords implements OutcomeRecords {

    static final String LINK_PURPOSE = "questionnaire";
    static final String LINK_ACTOR = "patient-link";

    private final CollectionStore collections;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final PatientRecords patients;
    private final PersonalLinks links;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ScheduleRules rules;
    private final ApplicationEventPublisher events;
    private final SessionMarks sessionMarks;

    JdbcOutcomeRecords(CollectionStore collections, ResponseStore responses, Instruments instruments,
                       PatientRecords patients, PersonalLinks links, CurrentUsers users, AuditTrail audit,
                       ScheduleRules rules, ApplicationEventPublisher events, SessionMarks sessionMarks) {
        this.collections = collections;
        this.responses = responses;
        this.instruments = instruments;
        this.patients = patients;
        this.links = links;
        this.users = users;
        this.audit = audit;
        this.rules = rules;
        this.events = events;
        this.sessionMarks = sessionMarks;
    }

    @Override
    @Transactional
    public RecordedOutcome recordPaper(UUID patientId, UUID planId, UUID collectionId, String instrumentCode,
                                       List<Integer> answers, LocalDate collectedOn) {
        var chart = patients.get(patientId);
        if (collectedOn == null || collectedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new IllegalArgumentException("The date the form was filled in is missing or in the future.");
        }
        var collection = collectionId == null ? null : collections.find(collectionId)
                .filter(c -> c.patientId().equals(patientId))
                .orElseThrow(() -> new IllegalArgumentException("No such scheduled questionnaire for this patient."));
        var sheet = instruments.score(instrumentCode, answers);
        var plan = collection != null ? collection.planId() : planId;
        var by = users.currentOrSystem().username();
        var recorded = responses.insert(patientId, chart.clinicId(), plan, collectionId, answers, sheet, collectedOn,
                RecordedOutcome.Source.PAPER, by);
        if (collection != null && collectionComplete(collection, patientId)) {
            collections.complete(collection.id(), by);
        }
        audit.record("OUTCOME_RECORD", patientId, sheet.instrumentCode() + " typed in from paper");
        publish(recorded, chart.clinicId());
        return recorded;
    }

    private boolean collectionComplete(Collection c, UUID patientId) {
        var answered = responses.forPatient(patientId).stream().filter(r -> c.id().equals(r.collectionId()))
                .map(RecordedOutcome::instrumentCode).toList();
        return answered.containsAll(c.instruments());
    }

    @Override
    public List<RecordedOutcome> history(UUID patientId) {
        patients.requireAccess(patientId, "OUTCOME_READ");
        return responses.forPatient(patientId);
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public Optional<RecordedOutcome> find(UUID responseId) {
        return responses.patientOf(responseId).flatMap(patient -> {
            patients.requireAccess(patient, "OUTCOME_READ");
            return responses.forPatient(patient).stream().filter(r -> r.id().equals(responseId)).findFirst();
        });
    }

    @Override
    public List<Collection> collections(UUID patientId) {
        patients.requireAccess(patientId, "OUTCOME_SCHEDULE_READ");
        return collections.forPatient(patientId);
    }

    @Override
    public List<SessionMark> sessions(UUID patientId) {
        patients.requireAccess(patientId, "OUTCOME_READ");
        return sessionMarks.forPatient(patientId);
    }

    @Override
    public List<Collection> due(UUID clinicId, LocalDate day) {
        requireClinic(clinicId);
        return named(collections.dueInClinic(clinicId, day));
    }

    @Override
    public List<Collection> overdue(UUID clinicId, LocalDate day) {
        requireClinic(clinicId);
        return named(collections.overdueInClinic(clinicId, day));
    }

    private void requireClinic(UUID clinicId) {
        var me = users.currentOrSystem();
        if (!(me.worksAt(clinicId) || me.is(org.prolotrack.security.Role.ADMIN))) {
            throw new org.springframework.security.access.AccessDeniedException("Not your clinic");
        }
    }

    private List<Collection> named(List<Collection> list) {
        List<Collection> out = new ArrayList<>();
        for (var c : list) {
            String name;
            try {
                name = patients.get(c.patientId()).fullName();
            } catch (PatientNotFoundException e) {
                continue;
            }
            out.add(new Collection(c.id(), c.patientId(), c.clinicId(), c.planId(), c.timepoint(), c.label(),
                    c.instruments(), c.dueOn(), c.overdueAfter(), c.status(), c.linkSent(), name));
        }
        return out;
    }

    @Override
    @Transactional
    public String issueLink(UUID collectionId) {
        var c = collections.find(collectionId).orElseThrow(() -> new IllegalArgumentException("No such questionnaire"));
        patients.requireAccess(c.patientId(), "OUTCOME_LINK_ISSUE");
        return links.issue(c.patientId(), LINK_PURPOSE, c.id(), Duration.ofDays(rules.linkValidDays()));
    }

    @Override
    public Optional<Collection> openByLink(String token) {
        return links.resolve(token, LINK_PURPOSE).flatMap(l -> collections.find(l.subjectId()))
                .filter(c -> c.status() != Collection.Status.CANCELLED);
    }

    @Override
    @Transactional
    public List<RecordedOutcome> submitByLink(String token, Map<String, List<Integer>> answersByInstrument) {
        var link = links.resolve(token, LINK_PURPOSE).orElseThrow(() -> new LinkNotValidException());
        var c = collections.find(link.subjectId()).orElseThrow(LinkNotValidException::new);
        List<RecordedOutcome> saved = new ArrayList<>();
        for (var code : c.instruments()) {
            var answers = answersByInstrument.get(code);
            if (answers == null) {
                continue;
            }
            var sheet = instruments.score(code, answers);
            var r = responses.insert(c.patientId(), c.clinicId(), c.planId(), c.id(), answers, sheet, LocalDate.now(),
                    RecordedOutcome.Source.PATIENT_LINK, LINK_ACTOR);
            saved.add(r);
            publish(r, c.clinicId());
        }
        if (saved.isEmpty()) {
            throw new IllegalArgumentException("No answers were given.");
        }
        collections.complete(c.id(), LINK_ACTOR);
        links.markUsed(token);
        audit.recordAs(LINK_ACTOR, "OUTCOME_SUBMIT", c.patientId(), c.label() + ": " + String.join(",",
                saved.stream().map(RecordedOutcome::instrumentCode).toList()));
        return saved;
    }

    private void publish(RecordedOutcome r, UUID clinicId) {
        events.publishEvent(new OutcomeRecorded(r.id(), r.patientId(), clinicId, r.planId(), r.instrumentCode(),
                r.scores(), r.collectedOn(), r.knowledgeVersion()));
    }
}
