package org.prolotrack.outcome.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.RecordedOutcome;
import org.prolotrack.outcome.ResponderAnalysis;
import org.prolotrack.outcome.ResponderReviews;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
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

    JdbcResponderReviews(JdbcClient jdbc, TreatmentPlans plans, PatientRecords patients, ResponseStore responses,
                         Instruments instruments, ScheduleRules rules, CurrentUsers users) {
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
        var plan = plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such plan"));
        patients.requireAccess(plan.patientId(), "OUTCOME_REVIEW");
        var instrument = rules.instrumentsFor(plan).stream().map(c -> instruments.find(c).orElseThrow())
                .filter(i -> i.primaryScale() != null).findFirst().orElseThrow();
        var scores = responses.forPatient(plan.patientId()).stream()
                .filter(r -> planId.equals(r.planId()) && r.instrumentCode().equals(instrument.code()))
                .map(RecordedOutcome::scores).filter(s -> s.containsKey(instrument.primaryScale()))
                .map(s -> s.get(instrument.primaryScale())).toList();
        var result = ResponderAnalyser.analyse(plan, instrument, scores);
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        jdbc.sql("""
                insert into responder_review (id, patient_id, clinic_id, plan_id, instrument_code, scale, baseline_value,
                    latest_value, change_value, percent_change, threshold_met, sessions_done, advice, advice_reason,
                    knowledge_version, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :clinic, :plan, :code, :scale, :baseline, :latest, :change, :pct, :met, :sessions,
                    :advice, :reason, :version, :now, :by, :now, :by)""")
                .param("id", id).param("patient", plan.patientId()).param("clinic", plan.clinicId()).param("plan", planId)
                .param("code", instrument.code()).param("scale", instrument.primaryScale())
                .param("baseline", result.baseline()).param("latest", result.latest()).param("change", result.change())
                .param("pct", result.percentImprovement() == null ? null : ScaleScorer.report(result.percentImprovement()))
                .param("met", result.thresholdMet()).param("sessions", plan.sessionsDone())
                .param("advice", result.advice().name()).param("reason", result.reason())
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
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a clinician decides on the series.");
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
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This review was already decided; run a new review.");
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

    private ResponderAnalysis find(UUID id) {
        return jdbc.sql("select * from responder_review where id = :id").param("id", id).query(JdbcResponderReviews::row)
                .optional().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such review"));
    }

    private static ResponderAnalysis row(ResultSet rs, int i) throws SQLException {
        var decision = rs.getString("decision");
        var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new ResponderAnalysis(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getString("instrument_code"), rs.getString("scale"),
                rs.getBigDecimal("baseline_value"), rs.getBigDecimal("latest_value"), rs.getBigDecimal("change_value"),
                rs.getBigDecimal("percent_change"), (Boolean) rs.getObject("threshold_met"), null,
                rs.getInt("sessions_done"), ResponderAnalysis.Advice.valueOf(rs.getString("advice")),
                rs.getString("advice_reason"), decision == null ? null : ResponderAnalysis.Decision.valueOf(decision),
                rs.getString("decision_note"), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
