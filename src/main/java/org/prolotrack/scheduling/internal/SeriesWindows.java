package org.prolotrack.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.scheduling.Appointment;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Interval windows of a series: session n+1 belongs between (date of session n + min days) and (+ max days).
 * When a session moves, the windows of the later sessions follow it, and any session now outside its window is
 * flagged for staff.
 */
@Component
class SeriesWindows {

    private final JdbcClient jdbc;
    private final ClinicDirectory clinics;
    private final TreatmentPlans plans;
    private final AppointmentRows rows;
    private final CurrentUsers users;

    SeriesWindows(JdbcClient jdbc, ClinicDirectory clinics, TreatmentPlans plans, AppointmentRows rows,
                  CurrentUsers users) {
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.plans = plans;
        this.rows = rows;
        this.users = users;
    }

    boolean outside(UUID clinicId, Instant start, LocalDate windowStart, LocalDate windowEnd) {
        if (windowStart == null || windowEnd == null) {
            return false;
        }
        var day = start.atZone(clinics.clinic(clinicId).orElseThrow().timeZone()).toLocalDate();
        return day.isBefore(windowStart) || day.isAfter(windowEnd);
    }

    /** Re-computes the windows of the sessions after the moved one; returns those whose window changed. */
    List<Appointment> reflow(Appointment moved) {
        if (moved.planId() == null || moved.sessionNumber() == null) {
            return List.of();
        }
        var plan = plans.find(moved.planId()).orElse(null);
        if (plan == null) {
            return List.of();
        }
        var zone = clinics.clinic(moved.clinicId()).orElseThrow().timeZone();
        var changed = new ArrayList<Appointment>();
        var previous = moved.start().atZone(zone).toLocalDate();
        for (var later : rows.forPlan(moved.planId())) {
            if (!later.isBooked() || later.sessionNumber() == null || later.sessionNumber() <= moved.sessionNumber()) {
                continue;
            }
            var ws = previous.plusDays(plan.intervalMinDays());
            var we = previous.plusDays(plan.intervalMaxDays());
            var day = later.start().atZone(zone).toLocalDate();
            boolean outside = day.isBefore(ws) || day.isAfter(we);
            if (!ws.equals(later.windowStart()) || !we.equals(later.windowEnd()) || outside != later.outsideWindow()) {
                jdbc.sql("""
                        update appointment set window_start = :ws, window_end = :we, outside_window = :o,
                            changed_at = :now, changed_by = :by, version = version + 1 where id = :id""")
                        .param("ws", ws).param("we", we).param("o", outside)
                        .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .param("by", users.currentOrSystem().username()).param("id", later.id()).update();
                changed.add(rows.find(later.id()).orElseThrow());
            }
            previous = day;
        }
        return changed;
    }
}
