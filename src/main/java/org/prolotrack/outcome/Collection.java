package org.prolotrack.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled set of questionnaires (a time point of a series: baseline, before a session, 2 weeks after the
 * last session, 3, 6 and 12 months).
 */
public record Collection(UUID id, UUID patientId, UUID clinicId, UUID planId, String timepoint, String label,
                         List<String> instruments, LocalDate dueOn, LocalDate overdueAfter, Status status,
                         boolean linkSent, String patientName) {

    public enum Status { OPEN, COMPLETED, CANCELLED }

    public boolean overdueOn(LocalDate day) {
        return status == Status.OPEN && day.isAfter(overdueAfter);
    }
}
