package org.prolotrack.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Set;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.scheduling.Calendars;
import org.prolotrack.scheduling.Calendars.WorkingHours;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo calendars for the demo clinics (after the demo network exists): weekday hours for every provider who has
 * none yet, a lunch-free 08:00-17:00 day, and the clinics' public-holiday closures. Safe to run on every start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "prolotrack.demo.enabled", havingValue = "true")
class SchedulingDemoData implements ApplicationRunner {

    private static final Set<String> DEMO_CLINICS = Set.of("MAD", "BLD");

    private final ClinicDirectory clinics;
    private final Calendars calendars;
    private final TransactionTemplate tx;

    SchedulingDemoData(ClinicDirectory clinics, Calendars calendars, TransactionTemplate tx) {
        this.clinics = clinics;
        this.calendars = calendars;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> seed());
    }

    private void seed() {
        for (var clinic : clinics.clinics()) {
            if (!DEMO_CLINICS.contains(clinic.code())) {
                continue;
            }
            for (var p : clinics.providers(clinic.id())) {
                if (!calendars.workingHours(p.id()).isEmpty()) {
                    continue;
                }
                var hours = new ArrayList<WorkingHours>();
                for (var d : DayOfWeek.values()) {
                    if (d.getValue() <= 5) {
                        hours.add(new WorkingHours(p.id(), d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
                    }
                }
                calendars.setWorkingHours(p.id(), hours);
            }
            calendars.addClosure(clinic.id(), LocalDate.of(2026, 11, 26), "Thanksgiving");
            calendars.addClosure(clinic.id(), LocalDate.of(2026, 12, 25), "Christmas Day");
            calendars.addClosure(clinic.id(), LocalDate.of(2027, 1, 1), "New Year's Day");
        }
    }
}
