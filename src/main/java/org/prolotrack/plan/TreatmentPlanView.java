package org.prolotrack.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A treatment series as other modules see it.
 *
 * @param plannedSessions         sessions the clinician planned (within the protocol's min..max)
 * @param intervalMinDays         earliest next session after the previous one, in days
 * @param intervalMaxDays         latest next session after the previous one, in days
 * @param sessionsDone            signed procedure notes counted against this plan
 * @param goalImprovementPercent  stop rule: improvement at which completing is suggested (e.g. 90)
 * @param nonResponderAfterSessions stop rule: no meaningful response after this many sessions suggests stopping
 * @param knowledgeVersion        the knowledge version the protocol was taken from
 */
public record TreatmentPlanView(UUID id, UUID patientId, UUID clinicId, UUID providerId,
                                String indicationCode, String indicationDisplay, String protocolId, String protocolName,
                                Status status, int plannedSessions, int intervalMinDays, int intervalMaxDays,
                                List<PlannedTarget> targets, List<String> combinedTherapies, List<String> agents,
                                int sessionsDone, LocalDate lastSessionOn,
                                int goalImprovementPercent, int nonResponderAfterSessions,
                                String stopReason, Instant activatedAt, String knowledgeVersion) {

    public enum Status {
        DRAFT, ACTIVE, COMPLETED, STOPPED, MAINTENANCE;

        /** Sessions are being given: the series is active or in maintenance. */
        public boolean isRunning() {
            return this == ACTIVE || this == MAINTENANCE;
        }

        /** Not ended yet: planned (draft) or running. */
        public boolean isOpen() {
            return this == DRAFT || isRunning();
        }
    }

    /**
     * One target of the series, from the anatomical catalogue.
     *
     * @param structureKind e.g. LIGAMENT, TENDON_INSERTION, TENDON_SHEATH, FASCIA, JOINT_LARGE, JOINT_INTERMEDIATE,
     *                      JOINT_SMALL, SPINAL_LIGAMENT, SACROILIAC_JOINT (billing maps it to CPT codes)
     * @param guidance      ULTRASOUND, FLUOROSCOPY or LANDMARK
     */
    public record PlannedTarget(String siteId, String siteName, String region, String structureKind,
                                String laterality, boolean intraArticular, String guidance,
                                BigDecimal volumeMl, BigDecimal dextrosePercent) { }

    public boolean needsFluoroscopy() {
        return targets.stream().anyMatch(t -> "FLUOROSCOPY".equals(t.guidance()));
    }

    /** When the next session is due: {@code from} the earliest day, {@code to} the latest (null: not bounded). */
    public record DueWindow(LocalDate from, LocalDate to) { }

    /**
     * The next session's due window: none when the series is not running or all planned sessions are done
     * (maintenance sessions are open-ended); the first session is due from activation.
     */
    public java.util.Optional<DueWindow> nextDue() {
        boolean running = status.isRunning();
        if (!running || (status == Status.ACTIVE && sessionsRemaining() == 0)) {
            return java.util.Optional.empty();
        }
        if (lastSessionOn == null) {
            var from = activatedAt == null ? null : LocalDate.ofInstant(activatedAt, java.time.ZoneOffset.UTC);
            return java.util.Optional.of(new DueWindow(from, null));
        }
        return java.util.Optional.of(new DueWindow(lastSessionOn.plusDays(intervalMinDays),
                lastSessionOn.plusDays(intervalMaxDays)));
    }

    public int sessionsRemaining() {
        return Math.max(0, plannedSessions - sessionsDone);
    }
}
