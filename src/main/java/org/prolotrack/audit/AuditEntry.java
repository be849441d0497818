package org.prolotrack.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the access log. */
public record AuditEntry(long id, Instant occurredAt, String account, String action, UUID patientId,
                         String detail, String clientAddress) { }
