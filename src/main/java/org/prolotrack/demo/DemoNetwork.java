package org.prolotrack.demo;

import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.ClinicDirectory.NewClinic;
import org.prolotrack.clinic.ClinicDirectory.NewProvider;
import org.prolotrack.clinic.Equipment;
import org.prolotrack.clinic.Room;
import org.prolotrack.security.Accounts;
import org.prolotrack.security.Accounts.NewAccount;
import org.prolotrack.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo network once, on the first start of an empty database, when {@code prolotrack.demo.enabled}
 * is true (the embedded default; never the postgres profile). Demo accounts exist only with this data.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "prolotrack.demo.enabled", havingValue = "true")
class DemoNetwork implements ApplicationRunner {

    static final String DEMO_PASSWORD = "prolotrack-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private final ClinicDirectory clinics;
    private final Accounts accounts;
    private final DemoPatients patients;
    private final TransactionTemplate tx;

    DemoNetwork(ClinicDirectory clinics, Accounts accounts, DemoPatients patients, TransactionTemplate tx) {
        this.clinics = clinics;
        this.accounts = accounts;
        this.patients = patients;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(s -> seed());
        log.info("Seeded the demo network ({} patients) in {} ms; demo accounts use the password '{}'",
                DemoPatients.COUNT, (System.nanoTime() - started) / 1_000_000, DEMO_PASSWORD);
    }

    private void seed() {
        var madison = clinics.addClinic(new NewClinic("MAD", "Lakeside Regenerative Medicine", "America/Chicago",
                "1200 Lakeside Dr, Madison, WI 53703", "+1 608 555 0140", "frontdesk@lakeside.example", "USD"));
        var boulder = clinics.addClinic(new NewClinic("BLD", "Front Range Spine & Sports", "America/Denver",
                "450 Canyon Blvd, Boulder, CO 80302", "+1 303 555 0199", "hello@frontrange.example", "USD"));

        var okafor = clinics.addProvider(new NewProvider(madison, "Adaeze", "Okafor", "MD", "Physical medicine & rehabilitation",
                "42817-20", "WI", "a.okafor@lakeside.example"));
        clinics.addProvider(new NewProvider(madison, "Lars", "Bergstrom", "DO", "Sports medicine",
                "3391-21", "WI", "l.bergstrom@lakeside.example"));
        clinics.addProvider(new NewProvider(boulder, "Priya", "Raman", "MD", "Pain medicine",
                "DR.0061844", "CO", "p.raman@frontrange.example"));
        clinics.addProvider(new NewProvider(boulder, "Tomas", "Herrera", "DO", "Orthopaedics",
                "DO.0044120", "CO", "t.herrera@frontrange.example"));

        for (var clinic : new UUID[] {madison, boulder}) {
            clinics.addRoom(clinic, "Exam 1", Room.Kind.EXAM);
            clinics.addRoom(clinic, "Exam 2", Room.Kind.EXAM);
            var proc = clinics.addRoom(clinic, "Procedure A", Room.Kind.PROCEDURE);
            clinics.addEquipment(clinic, proc, Equipment.Kind.ULTRASOUND, "Ultrasound 1");
            clinics.addEquipment(clinic, null, Equipment.Kind.ULTRASOUND, "Ultrasound 2 (portable)");
        }
        var fluoro = clinics.addRoom(madison, "Fluoroscopy suite", Room.Kind.FLUOROSCOPY);
        clinics.addEquipment(madison, fluoro, Equipment.Kind.FLUOROSCOPY, "C-arm");
        clinics.addRoom(madison, "Procedure B", Room.Kind.PROCEDURE);

        accounts.create(new NewAccount("admin", DEMO_PASSWORD, "Network Admin", Role.ADMIN, null, null, null,
                "admin@prolotrack.example"));
        accounts.create(new NewAccount("clinician", DEMO_PASSWORD, "Dr Adaeze Okafor", Role.CLINICIAN, madison, null,
                okafor, "a.okafor@lakeside.example"));
        accounts.create(new NewAccount("staff", DEMO_PASSWORD, "Jamie Lindqvist", Role.STAFF, madison, null, null,
                "frontdesk@lakeside.example"));
        accounts.create(new NewAccount("researcher", DEMO_PASSWORD, "Network Researcher", Role.RESEARCHER, null, null,
                null, "research@prolotrack.example"));

        var karinHolm = patients.seed(madison, boulder);
        accounts.create(new NewAccount("patient", DEMO_PASSWORD, "Karin Holm", Role.PATIENT, null, karinHolm, null,
                "karin.holm@example.com"));
    }
}
