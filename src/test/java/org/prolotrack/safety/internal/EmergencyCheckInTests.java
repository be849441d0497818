package org.prolotrack.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.safety.CheckIns;
import org.prolotrack.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The emergency tier of post-procedure check-ins: what the patient sees at once and what the clinic gets. */
@SpringBootTest
@AutoConfigureMockMvc
class EmergencyCheckInTests {

    @Autowired CheckInScheduler scheduler;
    @Autowired CheckInLinkSender linkSender;
    @Autowired CheckIns checkIns;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    UUID clinic;
    UUID provider;
    UUID patient;

    @BeforeEach
    void aPatientOfDrOkaforHadInjectionsYesterday() {
        clinic = TestPatients.madisonClinic(jdbc);
        provider = jdbc.sql("select id from provider where family_name = 'Okafor'").query(UUID.class).single();
        patient = TestPatients.register(jdbc, "Emerg" + UUID.randomUUID().toString().substring(0, 6), null);
    }

    /** The 24 h check-in of a session whose injections were where the issue names the risk. */
    private String checkInAfter(ProcedurePerformed.Injection injection) {
        var note = UUID.randomUUID();
        var signed = Instant.now().minus(25, ChronoUnit.HOURS);
        scheduler.schedule(new ProcedurePerformed(note, UUID.randomUUID(), patient, clinic, provider, 1,
                LocalDate.ofInstant(signed, ZoneOffset.UTC), signed, List.of(injection)));
        var checkIn = jdbc.sql("select id from safety_checkin where procedure_note_id = :n and label = '24h'")
                .param("n", note).query(UUID.class).single();
        return linkSender.issue(checkIn, patient);
    }

    private String severityOfTheAlert() {
        return jdbc.sql("select severity from safety_alert where patient_id = :p").param("p", patient)
                .query(String.class).single();
    }

    @Test
    void troubleBreathingAfterARibInjectionTellsThePatientToCallEmergencyServices() throws Exception {
        var token = checkInAfter(new ProcedurePerformed.Injection("ribs", "Costochondral junctions", "LIGAMENT", "LEFT",
                false, "ULTRASOUND", new BigDecimal("4")));

        var form = mvc.perform(get("/q/c/{t}", token).with(anonymous())).andReturn().getResponse().getContentAsString();
        assertThat(form).as("the form says before anything is sent").contains("id=\"emergency-now\"").contains("call 911");

        var page = mvc.perform(post("/q/c/{t}", token).with(anonymous()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("symptoms", "CHEST_PAIN_OR_SHORTNESS_OF_BREATH", "SORENESS"))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("id=\"emergency-advice\"").contains("Call 911").contains("emergency department");
        assertThat(severityOfTheAlert()).isEqualTo("EMERGENCY");
        var subject = jdbc.sql("select subject from mail_outbox where patient_id = :p").param("p", patient)
                .query(String.class).single();
        assertThat(subject).startsWith("EMERGENCY");
    }

    @Test
    void numbnessPastTheAnestheticsDurationIsARedFlag() {
        var token = checkInAfter(new ProcedurePerformed.Injection("knee-ia", "Knee joint", "JOINT", "RIGHT",
                true, "ULTRASOUND", new BigDecimal("6")));

        var stored = checkIns.submit(token, List.of("NUMBNESS_TINGLING"), 2, null);

        assertThat(stored.redFlags()).containsExactly("NUMBNESS_TINGLING");
        assertThat(severityOfTheAlert()).isEqualTo("RED_FLAG");
    }

    @Test
    void aRedFlagThatIsNoEmergencyDoesNotSendThePatientToTheEmergencyDepartmentFirst() throws Exception {
        var token = checkInAfter(new ProcedurePerformed.Injection("knee-ia", "Knee joint", "JOINT", "RIGHT",
                true, "ULTRASOUND", new BigDecimal("6")));

        var page = mvc.perform(post("/q/c/{t}", token).with(anonymous()).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("symptoms", "SWELLING"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"red-flag-advice\"").doesNotContain("id=\"emergency-advice\"");
        assertThat(severityOfTheAlert()).isEqualTo("RED_FLAG");
    }
}
