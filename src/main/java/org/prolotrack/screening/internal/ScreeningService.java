package org.prolotrack.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.problem.FieldProblemException;
import org.prolotrack.screening.CurrentDecision;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningEngine;
import org.prolotrack.screening.ScreeningOptions;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Screenings;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

@Service
class ScreeningService implements Screenings {

    private final PatientRecords patients;
    private final TreatmentPlans plans;
    private final ScreeningEngine engine;
    private final ScreeningRepository repository;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ScreeningService(PatientRecords patients, TreatmentPlans plans, ScreeningEngine engine,
                     ScreeningRepository repository, CurrentUsers users, AuditTrail audit) {
        this.patients = patients;
        this.plans = plans;
        this.engine = engine;
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public ScreeningResult screen(UUID patientId, PlannedCourse course) {
        return run(patientId, engine.withDefaults(course), null);
    }

    @Override
    @Transactional
    public ScreeningResult screenSeries(UUID patientId, UUID planId, List<String> agents) {
        patients.requireAccess(patientId, "SCREENING_RUN");
        var plan = plans.find(planId).filter(p -> p.patientId().equals(patientId))
                .orElseThrow(() -> new ScreeningRequestInvalid(Map.of("planId",
                        "No treatment series " + planId + " for this patient.")));
        if (!plan.status().isOpen()) {
            throw new ScreeningRequestInvalid(Map.of("planId", "The series is " + plan.status().name().toLowerCase(Locale.ROOT)
                    + "; screen for a series that is planned or running."));
        }
        var course = SeriesCourse.of(plan, engine.knowledge().sites());
        var named = agents == null || agents.isEmpty() ? engine.withDefaults(null).agents() : agents;
        var all = new LinkedHashSet<>(course.agents());
        all.addAll(named);
        return run(patientId, new PlannedCourse(course.screeningSites(), List.copyOf(all)), planId);
    }

    private ScreeningResult run(UUID patientId, PlannedCourse planned, UUID planId) {
        var chart = patients.get(patientId);
        var facts = ChartFacts.from(chart, LocalDate.now(clock));
        var outcome = engine.evaluate(facts, planned);
        var result = new ScreeningResult(UUID.randomUUID(), patientId, Instant.now(clock),
                users.currentOrSystem().username(), planned, outcome.verdict(), outcome.knowledgeVersion(),
                outcome.findings(), outcome.indications(), false, null, null, null, null, null, null, planId);
        repository.insert(result);
        audit.record("SCREENING_RUN", patientId, "screening " + result.id() + ": " + outcome.verdict()
                + (planId == null ? "" : " for series " + planId) + " (knowledge " + outcome.knowledgeVersion() + ")");
        return result;
    }

    /** 400 naming the field of the screening request at fault. */
    static final class ScreeningRequestInvalid extends FieldProblemException {
        ScreeningRequestInvalid(Map<String, String> errors) {
            super(Kind.INVALID, String.join("; ", errors.values()), errors);
        }
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row (PostgreSQL refuses that in a read-only transaction)
    public List<ScreeningResult> list(UUID patientId) {
        patients.requireAccess(patientId, "SCREENING_READ");
        return repository.list(patientId);
    }

    @Override
    @Transactional
    public ScreeningResult decide(UUID patientId, UUID screeningId, Decision decision, String reason) {
        patients.requireAccess(patientId, "SCREENING_DECIDE");
        var user = users.currentOrSystem();
        if (!user.is(Role.CLINICIAN) && !user.is(Role.ADMIN)) {
            throw org.prolotrack.problem.Refusal.forbidden("Only a clinician records a screening decision.");
        }
        var screening = new Screening(repository.find(patientId, screeningId)
                .orElseThrow(() -> new Screening.ScreeningNotFound(screeningId)));
        screening.decide(decision, reason, user.username(), Instant.now(clock));
        if (!repository.saveDecision(screening.state())) {
            throw new Screening.ScreeningConflict("The screening changed meanwhile (decided or marked stale); reload it.");
        }
        audit.record("SCREENING_DECIDED", patientId, "screening " + screeningId + ": " + decision);
        return screening.state();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentDecision> currentDecision(UUID patientId) {
        return repository.latest(patientId)
                .filter(s -> !s.stale() && s.decided())
                .map(s -> new CurrentDecision(s.id(), s.decision(), s.verdict(), s.decidedAt(), s.decidedBy()));
    }

    @Override
    public ScreeningOptions options() {
        var k = engine.knowledge();
        return new ScreeningOptions(
                k.sites().regions().stream().map(r -> new ScreeningOptions.Option(r.id(), r.label())).toList(),
                k.agents().agents().stream().map(a -> new ScreeningOptions.Option(a.id(), a.label())).toList(),
                k.agents().defaultAgents(), k.agents().defaultLabel());
    }
}
