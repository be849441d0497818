package org.prolotrack.scheduling.internal;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.notification.Outbox;
import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.patient.PatientRecords;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails each patient 48 hours before an appointment, with the appointment as an .ics attachment. One instance
 * scans at a time (row in job_lock); each reminder is queued once (reminder_queued_at, and the outbox's dedup
 * key "reminder:{appointment}:48h"), and the outbox sends it once across instances.
 */
@Component
public class AppointmentReminders {

    static final Duration AHEAD = Duration.ofHours(48);
    private static final String LOCK = "appointment-reminders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (zzz)");

    private final JdbcClient jdbc;
    private final AppointmentRows rows;
    private final ClinicDirectory clinics;
    private final PatientRecords patients;
    private final Outbox outbox;
    private final IcsCalendars ics;
    private final AppointmentTypes types;
    private final TransactionTemplate tx;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    AppointmentReminders(JdbcClient jdbc, AppointmentRows rows, ClinicDirectory clinics, PatientRecords patients,
                         Outbox outbox, IcsCalendars ics, AppointmentTypes types, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clinics = clinics;
        this.patients = patients;
        this.outbox = outbox;
        this.ics = ics;
        this.types = types;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${prolotrack.scheduling.reminder-poll-ms:600000}",
            initialDelayString = "${prolotrack.scheduling.reminder-poll-ms:600000}")
    public void scheduled() {
        if (lock()) {
            queueDue(Instant.now());
        }
    }

    /** Queues the reminders due at {@code now}; returns how many were queued. */
    public int queueDue(Instant now) {
        var due = jdbc.sql("""
                select id from appointment where status = 'BOOKED' and reminder_queued_at is null
                  and starts_at > :now and starts_at <= :until order by starts_at""")
                .param("now", AppointmentRows.utc(now)).param("until", AppointmentRows.utc(now.plus(AHEAD)))
                .query(UUID.class).list();
        int queued = 0;
        for (var id : due) {
            Boolean done = tx.execute(s -> queue(id));
            queued += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return queued;
    }

    private boolean queue(UUID id) {
        // claim the appointment's reminder: only one scan (of any instance) gets the row
        int claimed = jdbc.sql("update appointment set reminder_queued_at = :now where id = :id and reminder_queued_at is null")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
        if (claimed == 0) {
            return false;
        }
        var a = rows.find(id).orElseThrow();
        var patient = patients.readAsSystem(a.patientId(), "appointment reminder").orElse(null);
        if (patient == null || patient.email() == null || patient.email().isBlank()) {
            return false;
        }
        var clinic = clinics.clinic(a.clinicId()).orElseThrow();
        var provider = clinics.provider(a.providerId()).map(p -> p.displayName()).orElse("your clinician");
        var what = types.get(a.type()).name();
        var when = a.start().atZone(clinic.timeZone()).format(WHEN);
        var text = """
                Dear %s,

                This is a reminder of your %s with %s at %s on %s.
                Address: %s

                The attached calendar file adds it to your calendar. If you cannot come, please call %s so that
                someone else can have the slot.

                %s""".formatted(patient.fullName(), what.toLowerCase(), provider, clinic.name(), when,
                clinic.address(), clinic.phone(), clinic.name());
        var calendar = ics.write(List.of(new IcsCalendars.Event(a, what + " at " + clinic.name(),
                clinic.name() + ", " + clinic.address(), "With " + provider + ". To change it call " + clinic.phone())));
        outbox.enqueue(new OutgoingMail("reminder:" + a.id() + ":48h", patient.email(),
                "Reminder: " + what + " on " + when, text, null,
                List.of(new OutgoingMail.Attachment("appointment.ics", "text/calendar",
                        calendar.getBytes(StandardCharsets.UTF_8))), a.patientId(), a.clinicId()));
        return true;
    }

    private boolean lock() {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var until = now.plusMinutes(5);
        int updated = jdbc.sql("""
                update job_lock set locked_until = :until, locked_at = :now, locked_by = :me
                where name = :name and (locked_until < :now or locked_by = :me)""")
                .param("until", until).param("now", now).param("me", instance).param("name", LOCK).update();
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by) values (:name, :until, :now, :me)")
                    .param("name", LOCK).param("until", until).param("now", now).param("me", instance).update() == 1;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }
}
