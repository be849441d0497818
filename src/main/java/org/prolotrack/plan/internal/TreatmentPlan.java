package org.prolotrack.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.prolotrack.plan.IllegalPlanTransition;
import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlanView.PlannedTarget;
import org.prolotrack.plan.TreatmentPlanView.Status;

/**
 * The treatment series aggregate. It changes only through named transitions:
 * draft → active → completed (→ maintenance → completed) or → stopped with a reason. Anything else throws
 * {@link IllegalPlanTransition}.
 */
class TreatmentPlan {

    private final UUID id;
    private final UUID patientId;
    private final UUID clinicId;
    private final UUID providerId;
    private final String indicationCode;
    private final String indicationDisplay;
    private final String protocolId;
    private final String protocolName;
    private final int plannedSessions;
    private final List<PlannedTarget> targets;
    private final List<String> combinedTherapies;
    private final List<String> agents;
    private final int goalImprovementPercent;
    private final int nonResponderAfterSessions;
    private final String knowledgeVersion;
    private Status status;
    private int intervalMinDays;
    private int intervalMaxDays;
    private StopReason stopReason;
    private String stopNote;
    private Instant activatedAt;
    private Instant endedAt;
    private int version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    TreatmentPlan(UUID id, UUID patientId, UUID clinicId, UUID providerId, String indicationCode,
                  String indicationDisplay, String protocolId, String protocolName, Status status, int plannedSessions,
                  int intervalMinDays, int intervalMaxDays, List<PlannedTarget> targets, List<String> combinedTherapies,
                  List<String> agents, int goalImprovementPercent, int nonResponderAfterSessions,
                  StopReason stopReason, String stopNote, Instant activatedAt, Instant endedAt,
                  String knowledgeVersion, int version) {
        if (plannedSessions < 1) {
            throw new IllegalArgumentException("A series needs at least one planned session.");
        }
        if (intervalMinDays < 1 || intervalMaxDays < intervalMinDays) {
            throw new IllegalArgumentException("The interval window must be at least one day and its maximum ("
                    + intervalMaxDays + ") not below its minimum (" + intervalMinDays + ").");
        }
        this.id = Objects.requireNonNull(id);
        this.patientId = Objects.requireNonNull(patientId);
        this.clinicId = Objects.requireNonNull(clinicId);
        this.providerId = providerId;
        this.indicationCode = indicationCode;
        this.indicationDisplay = indicationDisplay;
        this.protocolId = protocolId;
        this.protocolName = protocolName;
        this.status = Objects.requireNonNull(status);
        this.plannedSessions = plannedSessions;
        this.intervalMinDays = intervalMinDays;
        this.intervalMaxDays = intervalMaxDays;
        this.targets = List.copyOf(targets);
        this.combinedTherapies = List.copyOf(combinedTherapies);
        this.agents = List.copyOf(agents);
        this.goalImprovementPercent = goalImprovementPercent;
        this.nonResponderAfterSessions = nonResponderAfterSessions;
        this.stopReason = stopReason;
        this.stopNote = stopNote;
        this.activatedAt = activatedAt;
        this.endedAt = endedAt;
        this.knowledgeVersion = knowledgeVersion;
        this.version = version;
    }

    /** Draft → active. The caller has asked every activation guard; {@code missing} is what they answered. */
    void activate(List<String> missing, Instant now) {
        require(status == Status.DRAFT, "be activated");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("activate() called although something is missing: " + missing);
        }
        status = Status.ACTIVE;
        activatedAt = now;
    }

    /** Active (or maintenance) → completed. */
    void complete(Instant now) {
        require(status.isRunning(), "be completed");
        status = Status.COMPLETED;
        endedAt = now;
    }

    /** Draft, active or maintenance → stopped, with a reason (and a note, required for OTHER). */
    void stop(StopReason reason, String note, Instant now) {
        require(status.isOpen(), "be stopped");
        Objects.requireNonNull(reason, "a stop reason is required");
        if (reason == StopReason.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("Say why the series stopped when the reason is OTHER.");
        }
        status = Status.STOPPED;
        stopReason = reason;
        stopNote = note;
        endedAt = now;
    }

    /** Completed → maintenance: later, less frequent sessions in a longer window. */
    void enterMaintenance(int minDays, int maxDays) {
        require(status == Status.COMPLETED, "enter maintenance");
        if (minDays < 1 || maxDays < minDays) {
            throw new IllegalArgumentException("The maintenance window must be at least one day and its maximum not below its minimum.");
        }
        status = Status.MAINTENANCE;
        intervalMinDays = minDays;
        intervalMaxDays = maxDays;
        endedAt = null;
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new IllegalPlanTransition(status, transition);
        }
    }

    TreatmentPlanView view(int sessionsDone, LocalDate lastSessionOn) {
        return new TreatmentPlanView(id, patientId, clinicId, providerId, indicationCode, indicationDisplay,
                protocolId, protocolName, status, plannedSessions, intervalMinDays, intervalMaxDays, targets,
                combinedTherapies, agents, sessionsDone, lastSessionOn, goalImprovementPercent,
                nonResponderAfterSessions, stopReason == null ? (status == Status.COMPLETED ? "COMPLETED" : null)
                        : stopReason.name(), activatedAt, knowledgeVersion);
    }

    UUID id() { return id; }
    UUID patientId() { return patientId; }
    UUID clinicId() { return clinicId; }
    UUID providerId() { return providerId; }
    String indicationCode() { return indicationCode; }
    String indicationDisplay() { return indicationDisplay; }
    String protocolId() { return protocolId; }
    String protocolName() { return protocolName; }
    Status status() { return status; }
    int plannedSessions() { return plannedSessions; }
    int intervalMinDays() { return intervalMinDays; }
    int intervalMaxDays() { return intervalMaxDays; }
    List<PlannedTarget> targets() { return targets; }
    List<String> combinedTherapies() { return combinedTherapies; }
    List<String> agents() { return agents; }
    int goalImprovementPercent() { return goalImprovementPercent; }
    int nonResponderAfterSessions() { return nonResponderAfterSessions; }
    StopReason stopReason() { return stopReason; }
    String stopNote() { return stopNote; }
    Instant activatedAt() { return activatedAt; }
    Instant endedAt() { return endedAt; }
    String knowledgeVersion() { return knowledgeVersion; }
    int version() { return version; }
}
