package org.prolotrack.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.prolotrack.scheduling.Calendars;
import org.springframework.stereotype.Component;

/** When a provider can see patients: weekly hours, minus absences and clinic closures. */
@Component
public class Availability {

    /** A half-open interval [start, end). */
    public record Interval(Instant start, Instant end) {
        public boolean contains(Instant s, Instant e) {
            return !s.isBefore(start) && !e.isAfter(end);
        }

        public boolean overlaps(Instant s, Instant e) {
            return s.isBefore(end) && e.isAfter(start);
        }
    }

    private final Calendars calendars;

    Availability(Calendars calendars) {
        this.calendars = calendars;
    }

    /** The provider's working intervals between two dates (inclusive), in the clinic's time zone. */
    public List<Interval> windows(UUID clinicId, UUID providerId, ZoneId zone, LocalDate from, LocalDate to) {
        var hours = calendars.workingHours(providerId);
        var closed = new HashSet<LocalDate>();
        calendars.closures(clinicId, from, to).forEach(c -> closed.add(c.date()));
        var absences = calendars.absences(providerId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        var result = new ArrayList<Interval>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (var h : hours) {
                if (h.day() == day.getDayOfWeek()) {
                    subtract(new Interval(day.atTime(h.start()).atZone(zone).toInstant(),
                            day.atTime(h.end()).atZone(zone).toInstant()), absences, result);
                }
            }
        }
        result.sort(java.util.Comparator.comparing(Interval::start));
        return result;
    }

    /** Is the provider working for the whole of [start, end)? */
    public boolean isAvailable(UUID clinicId, UUID providerId, ZoneId zone, Instant start, Instant end) {
        var from = start.atZone(zone).toLocalDate();
        var to = end.atZone(zone).toLocalDate();
        return windows(clinicId, providerId, zone, from, to).stream().anyMatch(w -> w.contains(start, end));
    }

    private static void subtract(Interval work, List<Calendars.Absence> absences, List<Interval> out) {
        var pieces = new ArrayList<Interval>(List.of(work));
        for (var a : absences) {
            var next = new ArrayList<Interval>();
            for (var p : pieces) {
                if (!p.overlaps(a.start(), a.end())) {
                    next.add(p);
                    continue;
                }
                if (a.start().isAfter(p.start())) {
                    next.add(new Interval(p.start(), a.start()));
                }
                if (a.end().isBefore(p.end())) {
                    next.add(new Interval(a.end(), p.end()));
                }
            }
            pieces = next;
        }
        out.addAll(pieces);
    }
}
