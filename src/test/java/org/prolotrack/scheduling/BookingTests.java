package org.prolotrack.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Room;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class BookingTests {

    @Autowired Appointments appointments;
    @Autowired SchedulingFixtures fixtures;
    @Autowired ClinicDirectory clinics;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aBookingClaimsEveryFiveMinutesOfItsProviderRoomAndPatient() {
        var c = fixtures.clinic(1);
        var patient = fixtures.patient(c.id(), "p@example.org");
        var a = appointments.book(BookingRequest.manual(patient, c.providers().get(0), c.procedureRoom(), "EVALUATION",
                SchedulingFixtures.mondayAhead(2, 9, 0), null));

        assertThat(a.durationMinutes()).isEqualTo(60);
        assertThat(Duration.between(a.start(), a.end())).isEqualTo(Duration.ofHours(1));
        // 60 minutes = 12 granules, for provider, room and patient
        assertThat(jdbc.sql("select count(*) from resource_claim where appointment_id = :a").param("a", a.id())
                .query(Integer.class).single()).isEqualTo(36);
    }

    @Test
    void anOverlappingBookingOfTheSameProviderIsRefusedWithTheNearestFreeSlots() {
        var c = fixtures.clinic(2);
        var provider = c.providers().get(0);
        var exam2 = clinics.addRoom(c.id(), "Exam 2", Room.Kind.EXAM);
        appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), provider, c.examRoom(), "EVALUATION",
                SchedulingFixtures.mondayAhead(2, 9, 0), null));

        // 09:30-10:30 overlaps 09:00-10:00 for the provider only (another room, another patient)
        var wished = SchedulingFixtures.mondayAhead(2, 9, 30);
        assertThatThrownBy(() -> appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), provider, exam2,
                "EVALUATION", wished, null)))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(org.prolotrack.problem.Refusal.Kind.CONFLICT);
                    assertThat(e.alternatives()).isNotEmpty();
                    // the same provider is free again from 10:00, the other provider at 09:30 itself
                    assertThat(e.alternatives()).anySatisfy(f -> {
                        assertThat(f.providerId()).isEqualTo(provider);
                        assertThat(f.start()).isEqualTo(SchedulingFixtures.mondayAhead(2, 10, 0).toInstant());
                    });
                    assertThat(e.alternatives()).anySatisfy(f -> {
                        assertThat(f.providerId()).isEqualTo(c.providers().get(1));
                        assertThat(f.start()).isEqualTo(wished.toInstant());
                    });
                });
    }

    @Test
    void aBookingOutsideWorkingHoursIsRefused() {
        var c = fixtures.clinic(1);
        assertThatThrownBy(() -> appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null),
                c.providers().get(0), c.examRoom(), "EVALUATION", SchedulingFixtures.mondayAhead(2, 16, 30), null)))
                .isInstanceOf(SlotTakenException.class).hasMessageContaining("not working");
    }

    @Test
    void aCancelledBookingReleasesItsSlotForTheNextPatient() {
        var c = fixtures.clinic(1);
        var start = SchedulingFixtures.mondayAhead(3, 11, 0);
        var first = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.examRoom(), "FOLLOW_UP", start, null));

        var reoffer = appointments.cancel(first.id(), "Patient has a cold");
        var second = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.examRoom(), "FOLLOW_UP", start, null));

        assertThat(reoffer).isNotEmpty();
        assertThat(second.start()).isEqualTo(start.toInstant());
        assertThat(appointments.find(first.id()).orElseThrow().status()).isEqualTo(Appointment.Status.CANCELLED);
    }

    @Test
    void manyStaffBookingTheSameProviderAtTheSameMomentOnlyOneSucceeds() throws Exception {
        int threads = 8;
        var c = fixtures.clinic(1);
        var provider = c.providers().get(0);
        var rooms = new ArrayList<UUID>();
        var patients = new ArrayList<UUID>();
        for (int i = 0; i < threads; i++) {
            rooms.add(clinics.addRoom(c.id(), "Exam X" + i, Room.Kind.EXAM));
            patients.add(fixtures.patient(c.id(), null));
        }
        var start = SchedulingFixtures.mondayAhead(4, 10, 0);
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var results = new ArrayList<Future<String>>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                gate.await();
                try {
                    appointments.book(BookingRequest.manual(patients.get(n), provider, rooms.get(n), "EVALUATION", start, null));
                    return "booked";
                } catch (SlotTakenException e) {
                    return "409";
                }
            }));
        }
        gate.countDown();
        List<String> outcomes = new ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        long booked = outcomes.stream().filter("booked"::equals).count();
        long refused = outcomes.stream().filter("409"::equals).count();
        String db;
        try (var con = dataSource.getConnection()) {
            db = con.getMetaData().getDatabaseProductName() + " " + con.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("CONCURRENCY %s: %d threads booked the same provider at %s -> %d booked, %d refused with 409%n",
                db, threads, start, booked, refused);
        assertThat(booked).isEqualTo(1);
        assertThat(refused).isEqualTo(threads - 1);
        assertThat(jdbc.sql("select count(*) from appointment where provider_id = :p and status = 'BOOKED'")
                .param("p", provider).query(Integer.class).single()).isEqualTo(1);
    }
}
