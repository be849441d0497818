package org.prolotrack.billing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Estimate;
import org.prolotrack.billing.Estimates;
import org.prolotrack.billing.Money;
import org.prolotrack.billing.PriceList;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Works out Good Faith Estimates: one session at list prices × the expected number of sessions, with the range. */
@Service
@Transactional(readOnly = true)
class EstimateService implements Estimates {

    private final TreatmentPlans plans;
    private final PatientRecords patients;
    private final JdbcPriceLists priceLists;
    private final ClinicStaffOnly access;
    private final JdbcClient jdbc;
    private final JsonNode knowledge;

    EstimateService(TreatmentPlans plans, PatientRecords patients, JdbcPriceLists priceLists, ClinicStaffOnly access,
                    JdbcClient jdbc, KnowledgeBase knowledgeBase) {
        this.knowledge = knowledgeBase.file("billing/estimate.json").root();
        this.plans = plans;
        this.patients = patients;
        this.priceLists = priceLists;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Estimate issue(UUID planId, Request request) {
        access.requireStaffRole();
        var plan = plan(planId);
        patients.requireAccess(plan.patientId(), "BILLING_ESTIMATE_ISSUE");
        var prices = priceLists.currentUnchecked(plan.clinicId()).orElseThrow(() -> noPriceList());
        var e = work(plan, prices, request, UUID.randomUUID(), Instant.now());
        save(e, request.includeEvaluation());
        return e;
    }

    @Override
    public Optional<Estimate> preview(UUID planId) {
        var plan = plan(planId);
        patients.requireAccess(plan.patientId(), "BILLING_ESTIMATE_PREVIEW");
        return priceLists.currentUnchecked(plan.clinicId())
                .map(p -> work(plan, p, new Request(null, null, false), null, Instant.now()));
    }

    @Override
    public Optional<Estimate> latest(UUID planId) {
        var plan = plan(planId);
        patients.requireAccess(plan.patientId(), "BILLING_ESTIMATE_READ");
        return jdbc.sql("select * from estimate where plan_id = :p order by created_at desc limit 1").param("p", planId)
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getObject("price_list_id", UUID.class),
                        rs.getInt("min_sessions"), rs.getInt("max_sessions"), rs.getLong("evaluation_minor") > 0,
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()})
                .optional()
                .map(r -> work(plan, priceLists.byId((UUID) r[1]).orElseThrow(),
                        new Request((Integer) r[2], (Integer) r[3], (Boolean) r[4]), (UUID) r[0], (Instant) r[5]));
    }

    Estimate work(TreatmentPlanView plan, PriceList prices, Request request, UUID id, Instant at) {
        if (plan.targets().isEmpty()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "The series has no injection targets to estimate.");
        }
        var sites = plan.targets().stream().map(t -> new InjectedSite(t.siteId(), t.siteName(), t.structureKind(),
                t.laterality(), t.guidance())).toList();
        var charges = SessionPricing.charges(prices, sites);
        var cur = prices.currency();
        var perSession = SessionPricing.total(charges, cur);
        var range = knowledge.path("seriesRange");
        int expected = plan.plannedSessions();
        int min = request.minSessions() != null ? request.minSessions() : Math.min(range.path("minSessions").asInt(), expected);
        int max = request.maxSessions() != null ? request.maxSessions() : Math.max(range.path("maxSessions").asInt(), expected);
        var errors = new LinkedHashMap<String, String>();
        if (min < 1) {
            errors.put("minSessions", "At least 1 session.");
        }
        if (min > expected) {
            errors.put("minSessions", "Cannot be more than the " + expected + " sessions planned.");
        }
        if (max < expected) {
            errors.put("maxSessions", "Cannot be fewer than the " + expected + " sessions planned.");
        }
        if (!errors.isEmpty()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.INVALID, "The session range is not valid.", errors);
        }
        var evaluation = request.includeEvaluation() ? prices.evaluation() : Money.zero(cur);
        var lines = charges.stream().map(c -> new Estimate.Line(c.description(), c.quantity(), c.unitPrice(), c.amount()))
                .toList();
        var pkg = prices.hasPackage()
                ? new Estimate.PackageOffer(prices.packageSessions(), prices.packagePrice(),
                        prices.packagePrice().split(prices.packageSessions()))
                : null;
        return new Estimate(id, plan.id(), plan.patientId(), plan.clinicId(), prices.id(), prices.version(), lines,
                perSession, evaluation, min, expected, max, evaluation.plus(perSession.times(min)),
                evaluation.plus(perSession.times(expected)), evaluation.plus(perSession.times(max)), pkg,
                knowledge.path("gfeNotice").asString(), range.path("source").asString(), at);
    }

    private void save(Estimate e, boolean includeEvaluation) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = access.who();
        jdbc.sql("""
                insert into estimate (id, patient_id, plan_id, clinic_id, price_list_id, currency, min_sessions,
                    expected_sessions, max_sessions, session_minor, evaluation_minor, expected_total_minor,
                    min_total_minor, max_total_minor, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :plan, :clinic, :pl, :cur, :min, :exp, :max, :session, :eval, :expT, :minT,
                    :maxT, :now, :by, :now, :by)""")
                .param("id", e.id()).param("patient", e.patientId()).param("plan", e.planId())
                .param("clinic", e.clinicId()).param("pl", e.priceListId()).param("cur", e.perSession().currency())
                .param("min", e.minSessions()).param("exp", e.expectedSessions()).param("max", e.maxSessions())
                .param("session", e.perSession().minor()).param("eval", e.evaluation().minor())
                .param("expT", e.expectedTotal().minor()).param("minT", e.minTotal().minor())
                .param("maxT", e.maxTotal().minor()).param("now", now).param("by", by).update();
        int n = 1;
        for (var l : e.sessionLines()) {
            jdbc.sql("""
                    insert into estimate_line (estimate_id, line_no, description, quantity, unit_minor, amount_minor)
                    values (:e, :n, :d, :q, :u, :a)""")
                    .param("e", e.id()).param("n", n++).param("d", l.description()).param("q", l.quantity())
                    .param("u", l.unitPrice().minor()).param("a", l.amount().minor()).update();
        }
    }

    private TreatmentPlanView plan(UUID planId) {
        return plans.find(planId).orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No series " + planId));
    }

    private static BillingException noPriceList() {
        return new BillingException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "The clinic has no price list yet; publish one under Billing first.");
    }

}
