package org.prolotrack.scheduling.internal.optimiser;

import java.util.UUID;

/** Time already booked (an appointment outside this run) of a provider, room or patient. */
public record BusyBlock(UUID resourceId, int start, int end) { }
