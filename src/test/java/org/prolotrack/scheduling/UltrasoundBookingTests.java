package org.prolotrack.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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

@SpringBootTest
class UltrasoundBookingTests {

    static final String SESSION = "PROLOTHERAPY_SESSION";

    @Autowired Appointments appointments;
    @Autowired SchedulingFixtures fixtures;
    @Autowired ClinicDirectory clinics;
    @Autowired DataSource dataSource;

    @Test
    void anUltrasoundSessionTakesTheMachineOfItsRoomFirstThenThePortableOneThenIsRefused() {
        var c = fixtures.clinic(3);
        var procedureB = clinics.addRoom(c.id(), "Procedure B", Room.Kind.PROCEDURE);
        var procedureC = clinics.addRoom(c.id(), "Procedure C", Room.Kind.PROCEDURE);
        var start = SchedulingFixtures.mondayAhead(3, 9, 0);

        var inRoomA = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.procedureRoom(), SESSION, start, 30).withUltrasound());
        var inRoomB = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(1),
                procedureB, SESSION, start, 30).withUltrasound());

        assertThat(inRoomA.equipmentIds()).containsExactly(c.roomUltrasound());
        assertThat(inRoomB.equipmentIds()).containsExactly(c.portableUltrasound());
        assertThat(appointments.find(inRoomA.id()).orElseThrow().equipmentNames()).containsExactly("Ultrasound 1");
        assertThatThrownBy(() -> appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null),
                c.providers().get(2), procedureC, SESSION, start, 30).withUltrasound()))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(org.prolotrack.problem.Refusal.Kind.CONFLICT);
                    assertThat(e.alternatives()).isNotEmpty();
                    // 09:00-09:30 has both machines taken; every alternative offered must leave one free
                    assertThat(e.alternatives()).noneMatch(a -> a.start().isBefore(start.plusMinutes(30).toInstant())
                            && a.end().isAfter(start.toInstant()));
                });
    }

    @Test
    void aSessionWithoutUltrasoundClaimsNoMachineAndLeavesItForAnother() {
        var c = fixtures.clinic(2);
        var procedureB = clinics.addRoom(c.id(), "Procedure B", Room.Kind.PROCEDURE);
        var start = SchedulingFixtures.mondayAhead(3, 11, 0);

        var landmark = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.procedureRoom(), SESSION, start, 30));
        var guided = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(1),
                procedureB, SESSION, start, 30).withUltrasound());

        assertThat(landmark.equipmentIds()).isEmpty();
        assertThat(guided.equipmentIds()).containsExactly(c.portableUltrasound());
    }

    @Test
    void aSeriesSessionOfAnUltrasoundGuidedPlanClaimsAMachineWithoutBeingAsked() {
        var c = fixtures.clinic(1);
        var patient = fixtures.patient(c.id(), null);
        var plan = fixtures.activePlan(patient, c.providers().get(0), 3, false);
        var start = SchedulingFixtures.mondayAhead(3, 14, 0);

        var a = appointments.book(new BookingRequest(patient, c.providers().get(0), c.procedureRoom(), SESSION, start,
                45, plan.id(), 1, null, null, Appointment.Source.SERIES));

        assertThat(a.equipmentIds()).containsExactly(c.roomUltrasound());
    }

    @Test
    void twoUltrasoundSessionsInDifferentRoomsWithOneMachineFreeCannotBothBeBooked() throws Exception {
        var c = fixtures.clinic(3);
        var procedureB = clinics.addRoom(c.id(), "Procedure B", Room.Kind.PROCEDURE);
        var procedureC = clinics.addRoom(c.id(), "Procedure C", Room.Kind.PROCEDURE);
        var start = SchedulingFixtures.mondayAhead(4, 10, 0);
        // the room's own machine is busy with a session in Procedure A; only the portable one is free
        appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.procedureRoom(), SESSION, start, 30).withUltrasound());
        var rooms = List.of(procedureB, procedureC);
        var providers = List.of(c.providers().get(1), c.providers().get(2));
        var patients = List.of(fixtures.patient(c.id(), null), fixtures.patient(c.id(), null));

        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<String>>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                gate.await();
                try {
                    appointments.book(BookingRequest.manual(patients.get(n), providers.get(n), rooms.get(n), SESSION,
                            start, 30).withUltrasound());
                    return "booked";
                } catch (SlotTakenException e) {
                    return "409";
                }
            }));
        }
        gate.countDown();
        var outcomes = new ArrayList<String>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        String db;
        try (var con = dataSource.getConnection()) {
            db = con.getMetaData().getDatabaseProductName() + " " + con.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("ULTRASOUND CONCURRENCY %s: 2 sessions in different rooms, 1 machine free -> %s%n", db, outcomes);
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "409");
    }
}
