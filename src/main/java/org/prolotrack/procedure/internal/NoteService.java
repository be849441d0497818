package org.prolotrack.procedure.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.formulation.SessionCheck;
import org.prolotrack.formulation.Syringe;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.procedure.NoteSigningGuard;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.procedure.ProcedureNotes.DayCheckEntry;
import org.prolotrack.security.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, signs and amends procedure notes; publishes {@link ProcedurePerformed} when one is signed. */
@Service
class NoteService implements ProcedureNotes {

    private final NoteRepository notes;
    private final InjectionFactory injections;
    private final SessionCheck sessionCheck;
    private final VisitTimes visitTimes;
    private final KnowledgeBase knowledge;
    private final PatientRecords patients;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final List<NoteSigningGuard> guards;
    private final SessionDoseChecks doseChecks;

    NoteService(NoteRepository notes, InjectionFactory injections, SessionCheck sessionCheck, VisitTimes visitTimes,
                KnowledgeBase knowledge, PatientRecords patients, CurrentUsers users, AuditTrail audit,
                ApplicationEventPublisher events, List<NoteSigningGuard> guards, SessionDoseChecks doseChecks) {
        this.doseChecks = doseChecks;
        this.notes = notes;
        this.injections = injections;
        this.sessionCheck = sessionCheck;
        this.visitTimes = visitTimes;
        this.knowledge = knowledge;
        this.patients = patients;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.guards = List.copyOf(guards);
    }

    @Override
    @Transactional
    public ProcedureNoteView start(UUID patientId, UUID planId, LocalDate performedOn) {
        var chart = patients.get(patientId);
        if (planId == null) {
            throw new IllegalArgumentException("A procedure note belongs to a treatment series: give its planId.");
        }
        var note = new ProcedureNote(UUID.randomUUID(), patientId, planId, chart.clinicId(),
                users.currentOrSystem().providerId(), performedOn == null ? LocalDate.now() : performedOn,
                knowledge.version().value(), ProcedureNoteView.Status.DRAFT);
        notes.insert(note, who(), Instant.now());
        audit.record("NOTE_START", patientId, "note " + note.id + " for plan " + planId);
        return view(note);
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row, which PostgreSQL refuses in a read-only transaction
    public Optional<ProcedureNoteView> find(UUID noteId) {
        return notes.find(noteId).map(n -> {
            patients.requireAccess(n.patientId, "NOTE_READ");
            return view(n);
        });
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public List<ProcedureNoteView> forPatient(UUID patientId) {
        patients.requireAccess(patientId, "NOTE_READ");
        return notes.forPatient(patientId).stream().map(this::view).toList();
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public List<ProcedureNoteView> forPlan(UUID patientId, UUID planId) {
        return forPatient(patientId).stream().filter(n -> n.planId().equals(planId)).toList();
    }

    @Override
    @Transactional
    public ProcedureNoteView update(UUID noteId, NoteHeader header) {
        var note = load(noteId, "NOTE_EDIT");
        note.update(header);
        notes.update(note, who(), Instant.now());
        return view(note);
    }

    @Override
    @Transactional
    public ProcedureNoteView addInjection(UUID noteId, NewInjection in) {
        var note = load(noteId, "NOTE_EDIT");
        var injection = injections.create(in, note.performedOn);
        note.addInjection(injection);
        var now = Instant.now();
        notes.insertInjection(note.id, notes.nextPosition(note.id), injection, who(), now);
        notes.update(note, who(), now); // bumps the version: a concurrent sign sees the change
        return view(note);
    }

    @Override
    @Transactional
    public ProcedureNoteView voidInjection(UUID noteId, UUID injectionId, String reason) {
        var note = load(noteId, "NOTE_EDIT");
        note.voidInjection(injectionId);
        var now = Instant.now();
        notes.voidInjection(injectionId, reason == null || reason.isBlank() ? "removed from the draft" : reason, who(), now);
        notes.update(note, who(), now);
        return view(note);
    }

    @Override
    @Transactional
    public ProcedureNoteView recordDayCheck(UUID noteId, DayCheckEntry entry) {
        var note = load(noteId, "NOTE_EDIT");
        var now = Instant.now();
        var check = note.recordDayCheck(entry, now, who());
        notes.saveDayCheck(note.id, check);
        notes.update(note, who(), now); // bumps the version: a concurrent sign sees the change
        audit.record("NOTE_DAY_CHECK", note.patientId, "note " + note.id + ": day-of-procedure check recorded");
        return view(note);
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public Readiness readiness(UUID noteId) {
        var note = load(noteId, "NOTE_READ");
        var missing = new ArrayList<>(note.incomplete());
        var warnings = new ArrayList<>(visitTimes.flags(note.times));
        warnings.addAll(doseChecks.concentrationWarnings(note.injections));
        var external = external(note);
        missing.addAll(external.missing());
        warnings.addAll(external.check().warnings());
        if ("CONTINUED_OTHER".equals(note.checklist.anticoagulantStatus())) {
            warnings.add("An anticoagulant was continued: a listed contraindication (clinical-reference §0).");
        }
        return new Readiness(List.copyOf(missing), List.copyOf(warnings));
    }

    @Override
    @Transactional
    public ProcedureNoteView sign(UUID noteId) {
        var note = load(noteId, "NOTE_SIGN");
        var external = external(note);
        var now = Instant.now();
        var check = external.check();
        note.sign(external.missing(), notes.signedSessions(note.planId) + 1, check.weightKg(),
                check.totals().stream().map(SessionCheck.AgentTotal::mg).reduce(BigDecimal.ZERO, BigDecimal::add),
                check.capMg(), now, who());
        notes.update(note, who(), now);
        events.publishEvent(new ProcedurePerformed(note.id, note.planId, note.patientId, note.clinicId, note.providerId,
                note.sessionNumber, note.performedOn, now, note.injections.stream()
                .map(i -> new ProcedurePerformed.Injection(i.siteId(), i.siteName(), i.structureKind(), i.laterality(),
                        i.intraArticular(), i.guidance(), i.volumeInjectedMl())).toList()));
        return view(note);
    }

    @Override
    @Transactional
    public ProcedureNoteView addAddendum(UUID noteId, String text) {
        var note = load(noteId, "NOTE_ADDENDUM");
        var addendum = note.addAddendum(text, Instant.now(), who());
        notes.insertAddendum(note.id, addendum);
        return view(note);
    }

    /** What other modules (guards) and the anesthetic session check say about signing this note now. */
    private record External(List<String> missing, SessionCheck.Result check) { }

    private External external(ProcedureNote note) {
        var missing = new ArrayList<String>();
        var view = view(note);
        for (var guard : guards) {
            missing.addAll(guard.missingFor(view));
        }
        var weight = patients.readAsSystem(note.patientId, "anesthetic dose check").map(c -> c.weightKg()).orElse(null);
        var syringes = new ArrayList<>(note.injections.stream().map(i -> new Syringe(List.of(), i.finalVolumeMl(),
                i.dextrosePercent(), i.anestheticAgent(), i.anestheticPercent(), i.anestheticMg(), null, null, null,
                List.of())).toList());
        syringes.addAll(doseChecks.additionalAnesthetic(note.id));
        var check = sessionCheck.check(weight, syringes);
        missing.addAll(check.violations());
        return new External(missing, check);
    }

    private ProcedureNote load(UUID noteId, String action) {
        var note = notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
        patients.requireAccess(note.patientId, action);
        return note;
    }

    private ProcedureNoteView view(ProcedureNote n) {
        return new ProcedureNoteView(n.id, n.patientId, n.planId, n.clinicId, n.providerId, n.status, n.performedOn,
                n.sessionNumber, n.checklist, n.anesthesia, n.sedation, n.times, n.complications, n.painAfter,
                n.aftercareGiven, List.copyOf(n.injections), List.copyOf(n.addenda), n.weightKg, n.anestheticMg,
                n.anestheticCapMg, n.signedAt, n.signedBy, n.knowledgeVersion, visitTimes.flags(n.times), n.dayCheck);
    }

    private String who() {
        return users.currentOrSystem().username();
    }
}
