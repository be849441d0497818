package org.prolotrack.plan;

import java.time.Instant;
import java.util.UUID;

/** A series became active: scheduling proposes sessions, outcomes schedules questionnaires. */
public record PlanActivated(UUID planId, UUID patientId, UUID clinicId, Instant activatedAt) { }
