package org.prolotrack.outcome.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.InstrumentJudgement;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.ResponderAnalysis;
import org.prolotrack.outcome.ResponderReviews;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Records each responder analysis with its advice, and later the clinician's decision on it. */
@Service
class JdbcResponderReviews implements ResponderReviews {

    private final JdbcClient jdbc;
    private final TreatmentPlans plans;
    private final PatientRecords patients;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final ScheduleRules rules;
    private final CurrentUsers users;
    private final ResponderRules responderRules;

    JdbcResponderReviews(JdbcClient jdbc, TreatmentPlans plans, PatientRecords patients, ResponseStore responses,
                         Instruments instruments, ScheduleRules rules, CurrentUsers users, ResponderRules responderRules) {
        this.responderRules = responderRules;
        this.jdbc = jdbc;
        this.plans = plans;
        this.patients = patients;
        this.responses = responses;
        this.instruments = instruments;
        this.rules = rules;
        this.users = users;
    }

    @Override
    @Transactional
    public ResponderAnalysis review(UUID planId) {
        var plan = plans.find(planId).orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such plan"));
        patients.requireAccess(plan.patientId(), "OUTCOME_REVIEW");
        var judged = judge(plan);
        var primaryOrder = rules.primaryInstrumentsFor(plan);
        var chosen = choose(primaryOrder, judged);
        var preface = "";
        if (!primaryOrder.isEmpty() && !chosen.instrument().code().equals(primaryOrder.getFirst())) {
            var first = judged.stream().filter(j -> j.instrument().code().equals(primaryOrder.getFirst())).findFirst();
            preface = primaryOrder.getFirst() + (first.isPresent() && first.get().judgement().change() != null
                    ? " has no verified threshold" : " has no baseline and later score yet")
                    + ", so the advice is judged on " + chosen.instrument().code() + ". ";
        }
        var result = ResponderAnalyser.advise(plan, chosen.instrument(), chosen.judgement(), preface,
                responderRules.timePointsAtGoal());
        var others = judged.stream().filter(j -> j != chosen).map(j -> brief(j.judgement()))
                .reduce((a, b) -> a + "; " + b).map(s -> " Others: " + s + ".").orElse("");
        var reason = result.reason() + others;
        if (reason.length() > 1000) {
            reason = reason.substring(0, 997) + "...";
        }
        var instrument = chosen.instrument();
        var lines = String.join("\n", judged.stream().map(j -> j.judgement().summary()).toList());
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        jdbc.sql("""
                insert into responder_review (id, patient_id, clinic_id, plan_id, instrument_code, scale, baseline_value,
                    latest_value, change_value, percent_change, threshold_met, sessions_done, advice, advice_reason,
                    instrument_judgements, knowledge_version, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :clinic, :plan, :code, :scale, :baseline, :latest, :change, :pct, :met, :sessions,
                    :advice, :reason, :lines, :version, :now, :by, :now, :by)""")
                .param("id", id).param("patient", plan.patientId()).param("clinic", plan.clinicId()).param("plan", planId)
                .param("code", instrument.code()).param("scale", instrument.primaryScale())
                .param("baseline", result.baseline()).param("latest", result.latest()).param("change", result.change())
                .param("pct", result.percentImprovement() == null ? null : ScaleScorer.report(result.percentImprovement()))
                .param("met", result.thresholdMet()).param("sessions", plan.sessionsDone())
                .param("advice", result.advice().name()).param("reason", reason).param("lines", lines)
                .param("version", instrument.knowledgeVersion() + ";" + rules.version())
                .param("now", now).param("by", by).update();
        return find(id);
    }

    @Override
    @Transactional
    public ResponderAnalysis decide(UUID reviewId, ResponderAnalysis.Decision decision, String note) {
        var review = find(reviewId);
        patients.requireAccess(review.patientId(), "OUTCOME_DECIDE");
        var me = users.currentOrSystem();
        if (!(me.is(Role.CLINICIAN) || me.is(Role.ADMIN))) {
            throw org.prolotrack.problem.Refusal.forbidden("Only a clinician decides on the series.");
        }
        if (decision == null || note == null || note.isBlank()) {
            throw new IllegalArgumentException("A decision needs a choice and a note saying why.");
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int n = jdbc.sql("""
                update responder_review set decision = :d, decision_note = :note, decided_by = :by, decided_at = :now,
                    changed_at = :now, changed_by = :by where id = :id and decision is null""")
                .param("d", decision.name()).param("note", note.strip()).param("by", me.username()).param("now", now)
                .param("id", reviewId).update();
        if (n == 0) {
            throw org.prolotrack.problem.Refusal.conflict("This review was already decided; run a new review.");
        }
        return find(reviewId);
    }

    @Override
    public List<ResponderAnalysis> reviews(UUID planId) {
        var list = jdbc.sql("select * from responder_review where plan_id = :p order by created_at desc")
                .param("p", planId).query(JdbcResponderReviews::row).list();
        list.stream().findFirst().ifPresent(r -> patients.requireAccess(r.patientId(), "OUTCOME_REVIEW_READ"));
        return list;
    }

    @Override
    public List<InstrumentJudgement> judgements(UUID planId) {
        var plan = plans.find(planId).orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such plan"));
        patients.requireAccess(plan.patientId(), "OUTCOME_REVIEW_READ");
        return judge(plan).stream().map(Judged::judgement).toList();
    }

    private record Judged(Instrument instrument, InstrumentJudgement judgement) { }

    /** Every instrument of the plan with a primary scale, the indication's primary ones first. */
    private List<Judged> judge(TreatmentPlanView plan) {
        var primaryOrder = rules.primaryInstrumentsFor(plan);
        var forPlan = responses.forPatient(plan.patientId()).stream().filter(r -> plan.id().equals(r.planId())).toList();
        var codes = new LinkedHashSet<>(primaryOrder);
        codes.addAll(rules.instrumentsFor(plan));
        forPlan.forEach(r -> codes.add(r.instrumentCode()));
        List<Judged> out = new ArrayList<>();
        for (var code : codes) {
            var instrument = instruments.find(code).orElse(null);
            if (instrument == null || instrument.primaryScale() == null) {
                continue;
            }
            var sheets = forPlan.stream().filter(r -> r.instrumentCode().equals(code)).map(RecordedOutcome::scores).toList();
            out.add(new Judged(instrument, ResponderAnalyser.judge(instrument, sheets,
                    !primaryOrder.isEmpty() && code.equals(primaryOrder.getFirst()))));
        }
        return out;
    }

    /**
     * The instrument that judges the plan: the first primary one with scores to compare and a verified threshold,
     * else the first primary one with scores to compare, else the first primary one.
     */
    private static Judged choose(List<String> primaryOrder, List<Judged> judged) {
        var primaries = primaryOrder.stream().flatMap(c -> judged.stream().filter(j -> j.instrument().code().equals(c)))
                .toList();
        var pool = primaries.isEmpty() ? judged : primaries;
        return pool.stream().filter(j -> j.judgement().change() != null && j.judgement().reached() != null).findFirst()
                .or(() -> pool.stream().filter(j -> j.judgement().change() != null).findFirst())
                .orElse(pool.getFirst());
    }

    private static String brief(InstrumentJudgement j) {
        if (j.latest() == null) {
            return j.instrumentCode() + " no scores to compare";
        }
        var reached = j.reached() == null ? "not judged (no verified threshold)" : j.reached() ? "threshold reached"
                : "threshold not reached";
        return j.instrumentCode() + (j.change() == null ? " " + j.latest().stripTrailingZeros().toPlainString()
                : " " + j.change().stripTrailingZeros().toPlainString() + " (" + j.percentChange().stripTrailingZeros()
                  .toPlainString() + "%)") + ", " + reached;
    }

    private ResponderAnalysis find(UUID id) {
        return jdbc.sql("select * from responder_review where id = :id").param("id", id).query(JdbcResponderReviews::row)
                .optional().orElseThrow(() -> org.prolotrack.problem.Refusal.notFound("No such review"));
    }

    private static ResponderAnalysis row(ResultSet rs, int i) throws SQLException {
        var decision = rs.getString("decision");
        var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new ResponderAnalysis(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getString("instrument_code"), rs.getString("scale"),
                rs.getBigDecimal("baseline_value"), rs.getBigDecimal("latest_value"), rs.getBigDecimal("change_value"),
                rs.getBigDecimal("percent_change"), (Boolean) rs.getObject("threshold_met"), null,
                rs.getInt("sessions_done"), ResponderAnalysis.Advice.valueOf(rs.getString("advice")),
                rs.getString("advice_reason"), rs.getString("instrument_judgements"), decision == null ? null : ResponderAnalysis.Decision.valueOf(decision),
                rs.getString("decision_note"), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
