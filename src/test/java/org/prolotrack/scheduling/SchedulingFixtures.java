package org.prolotrack.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Equipment;
import org.prolotrack.clinic.Room;
import org.prolotrack.consent.ConsentTemplates;
import org.prolotrack.consent.Consents;
import org.prolotrack.plan.PlanCommands;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Screenings;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a fresh clinic of its own for each test: no test sees another's bookings. */
@Component
class SchedulingFixtures {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    record TestClinic(UUID id, List<UUID> providers, UUID procedureRoom, UUID examRoom, UUID fluoroSuite, UUID cArm,
                      UUID roomUltrasound, UUID portableUltrasound) { }

    private final ClinicDirectory clinics;
    private final Calendars calendars;
    private final JdbcClient jdbc;
    private final PlanCommands plans;
    private final Screenings screenings;
    private final Consents consents;
    private final ConsentTemplates templates;

    SchedulingFixtures(ClinicDirectory clinics, Calendars calendars, JdbcClient jdbc, PlanCommands plans,
                       Screenings screenings, Consents consents, ConsentTemplates templates) {
        this.templates = templates;
        this.clinics = clinics;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.plans = plans;
        this.screenings = screenings;
        this.consents = consents;
    }

    /**
     * A clinic with providers working Monday to Friday 08:00-17:00, a procedure room (with its own ultrasound
     * machine), an exam room, a fluoroscopy suite, one portable ultrasound machine and a consent template, like the
     * demo clinics.
     */
    TestClinic clinic(int providerCount) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var clinic = clinics.addClinic(new ClinicDirectory.NewClinic("T" + suffix, "Test clinic " + suffix,
                ZONE.getId(), "1 Test St", "+1 555 0100", "clinic-" + suffix + "@example.org", "USD"));
        var providers = new ArrayList<UUID>();
        for (int i = 0; i < providerCount; i++) {
            var p = clinics.addProvider(new ClinicDirectory.NewProvider(clinic, "Given" + i, "Family" + i + suffix, "MD",
                    "Sports medicine", "L" + suffix + i, "WI", "p" + i + "-" + suffix + "@example.org"));
            var hours = new ArrayList<Calendars.WorkingHours>();
            for (var d : DayOfWeek.values()) {
                if (d.getValue() <= 5) {
                    hours.add(new Calendars.WorkingHours(p, d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
                }
            }
            calendars.setWorkingHours(p, hours);
            providers.add(p);
        }
        var proc = clinics.addRoom(clinic, "Procedure A", Room.Kind.PROCEDURE);
        var exam = clinics.addRoom(clinic, "Exam 1", Room.Kind.EXAM);
        var suite = clinics.addRoom(clinic, "Fluoroscopy suite", Room.Kind.FLUOROSCOPY);
        var cArm = clinics.addEquipment(clinic, suite, Equipment.Kind.FLUOROSCOPY, "C-arm");
        var roomUltrasound = clinics.addEquipment(clinic, proc, Equipment.Kind.ULTRASOUND, "Ultrasound 1");
        var portable = clinics.addEquipment(clinic, null, Equipment.Kind.ULTRASOUND, "Ultrasound 2 (portable)");
        // the consent text a clinic publishes before its first series: the Madison demo clinic's current version
        var madison = jdbc.sql("select id from clinic where code = 'MAD'").query(UUID.class).single();
        var text = templates.versions(madison).getFirst();
        templates.publish(clinic, new ConsentTemplates.NewVersion(text.title(), text.body(), null));
        return new TestClinic(clinic, providers, proc, exam, suite, cArm, roomUltrasound, portable);
    }

    UUID patient(UUID clinicId, String email) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, email,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, :mrn, 'Test', :family, :dob, 'FEMALE', :email, :now, 'test', :now, 'test')""")
                .param("id", id).param("c", clinicId).param("mrn", "MRN-" + id.toString().substring(0, 12))
                .param("family", "Patient-" + id.toString().substring(0, 6)).param("dob", LocalDate.of(1970, 3, 4))
                .param("email", email).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }

    /** A Monday at least two weeks ahead, at the given local time in the test clinic's zone. */
    static OffsetDateTime mondayAhead(int weeks, int hour, int minute) {
        var monday = LocalDate.now(ZONE).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return monday.atTime(hour, minute).atZone(ZONE).toOffsetDateTime();
    }

    /**
     * An ACTIVE series for a patient of a test clinic, built as a clinic builds one: the plan from a protocol (the
     * Rabago knee series under ultrasound, five targets, 28-42 days apart; or the fluoroscopy-guided sacroiliac
     * series, 14-42 days apart), a screening of the series decided proceed, the signed consent, activation.
     */
    TreatmentPlanView activePlan(UUID patient, UUID provider, int planned, boolean fluoroscopy) {
        var plan = fluoroscopy
                ? plans.create(patient, new PlanCommands.NewPlan("M46.1", "si-joint-fluoro", planned, null, null, "RIGHT", provider))
                : plans.create(patient, new PlanCommands.NewPlan("M17.11", "knee-oa-rabago-2013", planned, null, null, "RIGHT", provider));
        var screening = screenings.screenSeries(patient, plan.id(), List.of());
        screenings.decide(patient, screening.id(), Decision.PROCEED, "Reviewed for the scheduling test.");
        var consent = consents.prepare(plan.id());
        consents.sign(consent.id(), new Consents.Signature("Test Patient", "self", SeriesFixture.drawnSignature()));
        return plans.activate(plan.id());
    }
}
