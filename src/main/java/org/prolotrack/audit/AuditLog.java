package org.prolotrack.audit;

import java.util.List;
import java.util.UUID;

/** Reads the access log, newest first. */
public interface AuditLog {

    record Page(List<AuditEntry> items, long total, int page, int size) { }

    Page search(UUID patientId, String account, int page, int size);
}
