package org.prolotrack.patient;

import java.time.Instant;
import java.util.UUID;

/**
 * A chart entry voided as entered in error: what it said, and who voided it, when and why. Voided entries are kept
 * (never deleted) and shown apart from the chart's live entries.
 */
public record VoidedEntry(PatientRegistry.EntryKind kind, UUID id, String description, Instant voidedAt,
                          String voidedBy, String reason) { }
