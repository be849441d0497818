package org.prolotrack.outcome;

import java.time.LocalDate;
import java.util.UUID;

/** A session that took place, for marking outcome charts. */
public record SessionMark(UUID planId, int sessionNumber, LocalDate performedOn) { }
