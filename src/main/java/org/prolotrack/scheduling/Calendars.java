package org.prolotrack.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Provider working hours and absences, and clinic closures. */
public interface Calendars {

    record WorkingHours(UUID providerId, DayOfWeek day, LocalTime start, LocalTime end) { }

    record Absence(UUID id, UUID providerId, Instant start, Instant end, String reason) { }

    record Closure(UUID clinicId, LocalDate date, String reason) { }

    /** Replaces a provider's weekly hours (clinic local time). */
    void setWorkingHours(UUID providerId, List<WorkingHours> hours);

    List<WorkingHours> workingHours(UUID providerId);

    UUID addAbsence(UUID providerId, Instant start, Instant end, String reason);

    List<Absence> absences(UUID providerId, Instant from, Instant to);

    /** Adds a closure day; adding the same day twice keeps the first. */
    void addClosure(UUID clinicId, LocalDate date, String reason);

    List<Closure> closures(UUID clinicId, LocalDate from, LocalDate to);
}
