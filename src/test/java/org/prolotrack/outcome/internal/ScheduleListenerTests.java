package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.outcome.Collection;
import org.prolotrack.plan.PlanActivated;
import org.prolotrack.plan.PlanStopped;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class ScheduleListenerTests {

    @Autowired ScheduleListener listener;
    @Autowired CollectionStore collections;
    @Autowired JdbcOutcomeRecords records;
    @Autowired JdbcClient jdbc;

    @Test
    void aRedeliveredActivationSchedulesOneBaselineAndASessionSchedulesTheNextQuestionnaire() {
        var clinic = TestPatients.madisonClinic(jdbc);
        var patient = TestPatients.register(jdbc, "Sched" + UUID.randomUUID().toString().substring(0, 6), null);
        var plan = UUID.randomUUID(); // a plan the plan module cannot show: the defaults apply
        var activated = new PlanActivated(plan, patient, clinic, Instant.parse("2026-03-02T15:00:00Z"));

        listener.activated(activated);
        listener.activated(activated);
        listener.performed(new ProcedurePerformed(UUID.randomUUID(), plan, patient, clinic, null, 1, LocalDate.of(2026, 3, 9),
                Instant.parse("2026-03-09T16:00:00Z"), List.of()));

        var scheduled = collections.forPatient(patient);
        assertThat(scheduled).extracting(Collection::timepoint).containsExactly("BASELINE", "PRE_SESSION_2");
        assertThat(scheduled.getFirst().instruments()).containsExactly("NRS", "WORKING");
        assertThat(records.overdue(clinic, LocalDate.of(2026, 3, 17))).extracting(Collection::patientId).contains(patient);
        assertThat(records.sessions(patient)).singleElement()
                .satisfies(s -> assertThat(s.performedOn()).isEqualTo(LocalDate.of(2026, 3, 9)));

        listener.stopped(new PlanStopped(plan, patient, clinic, "PATIENT_CHOICE", false, Instant.now()));
        assertThat(collections.forPatient(patient)).filteredOn(c -> c.timepoint().equals("PRE_SESSION_2"))
                .extracting(Collection::status).containsExactly(Collection.Status.CANCELLED);
        assertThat(LocalDate.ofInstant(activated.activatedAt(), ZoneOffset.UTC)).isEqualTo(scheduled.getFirst().dueOn());
    }
}
