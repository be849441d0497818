package org.prolotrack.plan;

import java.time.Instant;
import java.util.UUID;

/** A series ended: stopped with a reason, or completed (reason {@code COMPLETED}). */
public record PlanStopped(UUID planId, UUID patientId, UUID clinicId, String reason, boolean completed, Instant at) { }
