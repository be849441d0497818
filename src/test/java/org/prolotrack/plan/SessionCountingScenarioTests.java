package org.prolotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.procedure.ProcedurePerformed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The plan module on its own (with the modules it depends on): a signed procedure note, published by the
 * procedure module as {@link ProcedurePerformed}, counts as a session of its series once the publishing transaction
 * commits, and counts once when it is delivered again (a re-delivered publication after a restart).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SessionCountingScenarioTests {

    @Autowired PlanCommands plans;
    @Autowired TreatmentPlans reads;
    @Autowired JdbcClient jdbc;

    /** A clinic, provider and patient of their own, in the tables the clinic and patient modules own. */
    private UUID[] patientAndProvider() {
        var clinic = UUID.randomUUID();
        var provider = UUID.randomUUID();
        var patient = UUID.randomUUID();
        var suffix = clinic.toString().substring(0, 8);
        jdbc.sql("""
                insert into clinic (id, code, name, time_zone, created_at, created_by, changed_at, changed_by)
                values (:id, :code, :name, 'America/Chicago', current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", clinic).param("code", "S" + suffix).param("name", "Scenario clinic " + suffix).update();
        jdbc.sql("""
                insert into provider (id, clinic_id, given_name, family_name, licence_number, licence_state,
                  created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, 'Ada', 'Scenario', :licence, 'WI', current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", provider).param("clinic", clinic).param("licence", "S-" + suffix).update();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, created_at,
                  created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Test', 'Scenario', date '1960-01-01', 'FEMALE', current_timestamp, 'test',
                  current_timestamp, 'test')""")
                .param("id", patient).param("clinic", clinic).param("mrn", "S-" + suffix).update();
        return new UUID[] {patient, provider};
    }

    /** Publications of this note's event still waiting for a listener (the registry removes completed ones). */
    private int undelivered(UUID noteId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :note")
                .param("note", "%" + noteId + "%").query(Integer.class).single();
    }

    private int sessionsDone(UUID plan) {
        return reads.find(plan).orElseThrow().sessionsDone();
    }

    @Test
    void aSignedProcedureNoteCountsOnceAsASessionOfItsSeries(Scenario scenario) {
        var ids = patientAndProvider();
        var plan = plans.create(ids[0], new PlanCommands.NewPlan("M17.11", "knee-oa-rabago-2013", null, null, null,
                "RIGHT", ids[1]));
        var performed = new ProcedurePerformed(UUID.randomUUID(), plan.id(), ids[0], plan.clinicId(), ids[1], 1,
                LocalDate.now(), Instant.now(), List.of());

        scenario.publish(performed)
                .andWaitForStateChange(() -> sessionsDone(plan.id()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        // delivered again, then a second session: the repeat is not counted, the next one is
        var next = new ProcedurePerformed(UUID.randomUUID(), plan.id(), ids[0], plan.clinicId(), ids[1], 2,
                LocalDate.now(), Instant.now(), List.of());
        scenario.publish(performed)
                .andWaitForStateChange(() -> undelivered(performed.noteId()), n -> n == 0);
        assertThat(sessionsDone(plan.id())).isEqualTo(1);
        scenario.publish(next)
                .andWaitForStateChange(() -> sessionsDone(plan.id()), n -> n > 1)
                .andVerify(n -> assertThat(n).isEqualTo(2));
    }
}
