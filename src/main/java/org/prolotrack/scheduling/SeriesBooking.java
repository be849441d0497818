package org.prolotrack.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Books a treatment series at once: every remaining session inside its interval window after the previous one,
 * with the series' provider and the patient's preferred time of day where possible.
 */
public interface SeriesBooking {

    /** One proposed session; {@code providerId} null when nothing is free inside the window. */
    record ProposedSession(int sessionNumber, LocalDate windowStart, LocalDate windowEnd, Instant start, Instant end,
                           UUID providerId, String providerName, UUID roomId, String roomName, int durationMinutes,
                           String why) { }

    record Proposal(UUID planId, UUID patientId, String type, List<ProposedSession> sessions) { }

    /** A session of the series as the chart shows it: booked, or still to book. */
    record SeriesLine(int sessionNumber, Appointment appointment, LocalDate windowStart, LocalDate windowEnd,
                      boolean outsideWindow) { }

    Proposal propose(UUID planId);

    /** Books the (possibly adjusted) proposal in one transaction: all sessions, or none (409 naming the clash). */
    List<Appointment> confirm(UUID planId, List<ProposedSession> sessions);

    /** The series of a plan: sessions done, booked, and cancelled or missed ones to re-offer. */
    List<Appointment> sessionsOf(UUID planId);
}
