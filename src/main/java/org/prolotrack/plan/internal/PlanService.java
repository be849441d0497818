package org.prolotrack.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.knowledge.AnatomicalCatalogue;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.PlanActivated;
import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.plan.PlanActivationRefused;
import org.prolotrack.plan.PlanCommands;
import org.prolotrack.plan.PlanNotFoundException;
import org.prolotrack.plan.PlanStopped;
import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlanView.PlannedTarget;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.security.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates series from protocol templates and drives their transitions; publishes PlanActivated / PlanStopped. */
@Service
class PlanService implements TreatmentPlans, PlanCommands {

    private static final List<String> SIDES = List.of("LEFT", "RIGHT", "BILATERAL");

    private final PlanRepository plans;
    private final ProtocolCatalogue protocols;
    private final AnatomicalCatalogue catalogue;
    private final KnowledgeBase knowledge;
    private final PatientRecords patients;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final List<PlanActivationGuard> guards;

    PlanService(PlanRepository plans, ProtocolCatalogue protocols, AnatomicalCatalogue catalogue, KnowledgeBase knowledge, PatientRecords patients,
                CurrentUsers users, AuditTrail audit, ApplicationEventPublisher events, List<PlanActivationGuard> guards) {
        this.plans = plans;
        this.protocols = protocols;
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.patients = patients;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.guards = List.copyOf(guards);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TreatmentPlanView> find(UUID planId) {
        return plans.findView(planId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TreatmentPlanView> forPatient(UUID patientId) {
        return plans.forPatient(patientId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status) {
        return plans.inClinic(clinicId, status);
    }

    @Override
    @Transactional
    public TreatmentPlanView create(UUID patientId, NewPlan request) {
        var chart = patients.get(patientId);
        var protocol = protocols.find(request.protocolId()).orElseThrow(() ->
                new IllegalArgumentException("No protocol '" + request.protocolId() + "'; GET /api/protocols lists them."));
        var indication = protocol.indicationFor(request.indicationCode()).orElseThrow(() ->
                new IllegalArgumentException("Protocol '" + protocol.name() + "' is for " + protocol.indications().stream()
                        .map(i -> i.code() + " (" + i.display() + ")").toList() + ", not '" + request.indicationCode() + "'."));
        int sessions = request.plannedSessions() == null ? protocol.sessionsDefault() : request.plannedSessions();
        if (sessions < protocol.sessionsMin() || sessions > protocol.sessionsMax()) {
            throw new IllegalArgumentException("Planned sessions must be within the protocol's " + protocol.sessionsMin()
                    + "–" + protocol.sessionsMax() + ".");
        }
        int min = request.intervalMinDays() == null ? protocol.intervalMinDays() : request.intervalMinDays();
        int max = request.intervalMaxDays() == null ? protocol.intervalMaxDays() : request.intervalMaxDays();
        var side = request.laterality() == null || request.laterality().isBlank() ? null
                : request.laterality().trim().toUpperCase(Locale.ROOT);
        if (side != null && !SIDES.contains(side)) {
            throw new IllegalArgumentException("Laterality must be LEFT, RIGHT or BILATERAL.");
        }
        var targets = new ArrayList<PlannedTarget>();
        for (var t : protocol.targets()) {
            var site = catalogue.site(t.siteId()).orElseThrow();
            targets.add(new PlannedTarget(site.id(), site.name(), site.region(), site.structureKind(),
                    site.lateral() ? side : "MIDLINE", site.intraArticular(), site.usualGuidance(),
                    t.volumeMl() != null ? t.volumeMl() : site.usualVolumeMl(), t.dextrosePercent()));
        }
        var d = protocols.defaults();
        var provider = request.providerId() != null ? request.providerId()
                : users.currentOrSystem().providerId() != null ? users.currentOrSystem().providerId()
                : chart.preferredProviderId();
        var plan = new TreatmentPlan(UUID.randomUUID(), patientId, chart.clinicId(), provider,
                request.indicationCode().trim().toUpperCase(Locale.ROOT), indication.display(), protocol.id(),
                protocol.name(), TreatmentPlanView.Status.DRAFT, sessions, min, max, targets,
                protocol.combinedTherapies(), protocol.agents(), d.goalImprovementPercent(),
                d.nonResponderAfterSessions(), null, null, null, null, knowledge.version().value(), 0);
        plans.insert(plan, who(), Instant.now());
        audit.record("PLAN_CREATE", patientId, "plan " + plan.id() + " from " + protocol.id());
        return plans.view(plan);
    }

    @Override
    @Transactional
    public TreatmentPlanView activate(UUID planId) {
        var plan = load(planId, "PLAN_ACTIVATE");
        var view = plans.view(plan);
        var missing = new ArrayList<String>();
        for (var guard : guards) {
            guard.missingFor(view).ifPresent(missing::add);
        }
        if (plan.status() == TreatmentPlanView.Status.DRAFT && !missing.isEmpty()) {
            throw new PlanActivationRefused(planId, missing);
        }
        var now = Instant.now();
        plan.activate(missing, now);
        plans.updateStatus(plan, who(), now);
        events.publishEvent(new PlanActivated(plan.id(), plan.patientId(), plan.clinicId(), now));
        return plans.view(plan);
    }

    @Override
    @Transactional
    public TreatmentPlanView complete(UUID planId) {
        var plan = load(planId, "PLAN_COMPLETE");
        var now = Instant.now();
        plan.complete(now);
        plans.updateStatus(plan, who(), now);
        events.publishEvent(new PlanStopped(plan.id(), plan.patientId(), plan.clinicId(), "COMPLETED", true, now));
        return plans.view(plan);
    }

    @Override
    @Transactional
    public TreatmentPlanView stop(UUID planId, StopReason reason, String note) {
        if (reason == null) {
            throw new IllegalArgumentException("Say why the series stops: " + List.of(StopReason.values()) + ".");
        }
        var plan = load(planId, "PLAN_STOP");
        var now = Instant.now();
        plan.stop(reason, note, now);
        plans.updateStatus(plan, who(), now);
        events.publishEvent(new PlanStopped(plan.id(), plan.patientId(), plan.clinicId(), reason.name(), false, now));
        return plans.view(plan);
    }

    @Override
    @Transactional
    public TreatmentPlanView enterMaintenance(UUID planId, Integer intervalMinDays, Integer intervalMaxDays) {
        var plan = load(planId, "PLAN_MAINTENANCE");
        var d = protocols.defaults();
        plan.enterMaintenance(intervalMinDays == null ? d.maintenanceIntervalMinDays() : intervalMinDays,
                intervalMaxDays == null ? d.maintenanceIntervalMaxDays() : intervalMaxDays);
        plans.updateStatus(plan, who(), Instant.now());
        return plans.view(plan);
    }

    private TreatmentPlan load(UUID planId, String action) {
        var plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        patients.requireAccess(plan.patientId(), action);
        return plan;
    }

    private String who() {
        return users.currentOrSystem().username();
    }
}
