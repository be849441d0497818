package org.prolotrack.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prolotrack.notification.Outbox;
import org.prolotrack.support.TestPatients;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.safety.CheckIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RedFlagCheckInTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired CheckInScheduler scheduler;
    @Autowired CheckInLinkSender linkSender;
    @Autowired CheckIns checkIns;
    @Autowired JdbcSafetyAlerts alerts;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor userDetails(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }

    UUID clinic;
    UUID provider;
    String clinicianEmail;
    UUID patient;
    String patientEmail;

    @BeforeEach
    void aPatientOfDrOkaforHadInjectionsTwentyFiveHoursAgo() {
        clinic = jdbc.sql("select id from clinic where code = 'MAD'").query(UUID.class).single();
        var okafor = jdbc.sql("select id, email from provider where family_name = 'Okafor'").query().singleRow();
        provider = (UUID) okafor.get("id");
        clinicianEmail = (String) okafor.get("email");
        patientEmail = "pat-" + UUID.randomUUID() + "@example.org";
        patient = TestPatients.register(jdbc, "Check" + UUID.randomUUID().toString().substring(0, 6), null);
        jdbc.sql("update patient set given_name = 'Rita', email = :e where id = :id").param("e", patientEmail)
                .param("id", patient).update();
    }

    private UUID performed(Instant signedAt) {
        var note = UUID.randomUUID();
        scheduler.schedule(new ProcedurePerformed(note, UUID.randomUUID(), patient, clinic, provider, 1,
                LocalDate.ofInstant(signedAt, ZoneOffset.UTC), signedAt, List.of()));
        return note;
    }

    private String tokenFromMailTo(String address) {
        var mails = smtp.getReceivedMessagesForDomain(address);
        assertThat(mails).hasSize(1);
        var m = Pattern.compile("/q/c/([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(mails[0]));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int alertsFor(UUID patientId) {
        return jdbc.sql("select count(*) from safety_alert where patient_id = :p").param("p", patientId).query(Integer.class).single();
    }

    @Test
    void aSessionGetsCheckInsAtTwentyFourSeventyTwoHoursAndSevenDaysOnce() {
        var signed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var note = performed(signed);
        scheduler.schedule(new ProcedurePerformed(note, UUID.randomUUID(), patient, clinic, provider, 1,
                LocalDate.now(), signed, List.of())); // redelivered event

        var due = jdbc.sql("select label, due_at from safety_checkin where procedure_note_id = :n order by due_at")
                .param("n", note).query((rs, i) -> rs.getString("label") + "@" + rs.getObject("due_at", OffsetDateTime.class)
                        .toInstant()).list();
        assertThat(due).containsExactly("24h@" + signed.plus(24, ChronoUnit.HOURS),
                "72h@" + signed.plus(72, ChronoUnit.HOURS), "7d@" + signed.plus(7, ChronoUnit.DAYS));
    }

    @Test
    void aRedFlagCheckInRaisesExactlyOneAlertAndOneEmailToTheTreatingClinician() throws Exception {
        performed(Instant.now().minus(25, ChronoUnit.HOURS));
        linkSender.sendDue(Instant.now());
        linkSender.sendDue(Instant.now());
        outbox.sendDue();
        var token = tokenFromMailTo(patientEmail); // exactly one link, for the 24 h check-in only

        var before = smtp.getReceivedMessagesForDomain(clinicianEmail).length;
        mvc.perform(post("/q/c/" + token).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("symptoms", "SWELLING", "FEVER", "BRUISING").param("painNow", "7")
                        .param("comment", "The knee is hot and swollen"))
                .andExpect(status().is2xxSuccessful());
        // the patient presses the button again
        checkIns.submit(token, List.of("SWELLING"), 7, "again");
        outbox.sendDue();
        outbox.sendDue();

        assertThat(alertsFor(patient)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from safety_checkin_report r join safety_checkin c on c.id = r.checkin_id
                where c.patient_id = :p""").param("p", patient).query(Integer.class).single())
                .as("both reports kept").isEqualTo(2);
        var flags = jdbc.sql("select red_flags from safety_alert where patient_id = :p").param("p", patient).query(String.class).single();
        assertThat(flags).isEqualTo("SWELLING,FEVER");
        var toClinician = smtp.getReceivedMessagesForDomain(clinicianEmail);
        assertThat(toClinician.length - before).isEqualTo(1);
        var body = GreenMailUtil.getBody(toClinician[toClinician.length - 1]);
        assertThat(body).contains("Swelling").contains("Fever").doesNotContain("Rita").doesNotContain("Check");
    }

    @Test
    void theReportAndTheAlertAreKeptWhenTheMailServerIsDownAndTheMailIsRetried() {
        performed(Instant.now().minus(73, ChronoUnit.HOURS));
        var checkIn = jdbc.sql("select id from safety_checkin where patient_id = :p and label = '72h'").param("p", patient)
                .query(UUID.class).single();
        var token = linkSender.issue(checkIn, patient);
        smtp.stop();

        checkIns.submit(token, List.of("RASH_HIVES"), null, null);
        outbox.sendDue();

        assertThat(alertsFor(patient)).isEqualTo(1);
        var alertId = jdbc.sql("select id from safety_alert where patient_id = :p").param("p", patient).query(UUID.class).single();
        assertThat(outbox.problems(clinic)).anySatisfy(e -> {
            assertThat(e.dedupKey()).isEqualTo("red-flag:" + alertId);
            assertThat(e.state()).isEqualTo(Outbox.State.PENDING);
            assertThat(e.lastError()).isNotBlank();
        });
    }

    @Test
    void anAlertLeftUnacknowledgedEscalatesOnceAndANamedClinicianAcknowledgesItWithANote() throws Exception {
        performed(Instant.now().minus(25, ChronoUnit.HOURS));
        var checkIn = jdbc.sql("select id from safety_checkin where patient_id = :p and label = '24h'").param("p", patient)
                .query(UUID.class).single();
        checkIns.submit(linkSender.issue(checkIn, patient), List.of("DISCOLORATION"), 4, null);
        var alertId = jdbc.sql("select id from safety_alert where patient_id = :p").param("p", patient).query(UUID.class).single();
        jdbc.sql("update safety_alert set raised_at = :t where id = :id")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC).minusHours(3)).param("id", alertId).update();

        alerts.escalateOverdue();
        alerts.escalateOverdue();

        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key = :k").param("k", "red-flag-escalation:" + alertId)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(post("/api/safety/alerts/" + alertId + "/acknowledgement").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/safety/alerts/" + alertId + "/acknowledgement").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("clinician", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Called her; seen today at 3 pm\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledged").value(true))
                .andExpect(jsonPath("$.acknowledgedBy").value("clinician"))
                .andExpect(jsonPath("$.escalatedAt").isNotEmpty());
    }

    @Test
    void staffHandOverACheckInLinkThatOpensTheCheckInAndNotOneAlreadyReceived() throws Exception {
        var note = performed(Instant.now().minus(1, ChronoUnit.HOURS));
        var checkIn = jdbc.sql("select id from safety_checkin where procedure_note_id = :n and label = '24h'")
                .param("n", note).query(UUID.class).single();
        var panel = mvc.perform(post("/patients/{p}/panels/safety/check-ins/{c}/link", patient, checkIn)
                        .with(userDetails("clinician"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var m = Pattern.compile("/q/c/([A-Za-z0-9_-]+)").matcher(panel);
        assertThat(m.find()).as(panel).isTrue();
        var token = m.group(1);

        assertThat(checkIns.open(token)).get().extracting(org.prolotrack.safety.CheckIn::id).isEqualTo(checkIn);
        checkIns.submit(token, List.of(), 2, "fine");
        var again = mvc.perform(post("/patients/{p}/panels/safety/check-ins/{c}/link", patient, checkIn)
                        .with(userDetails("clinician"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This check-in was already received.").doesNotContain("/q/c/");
    }

    @Test
    void aCheckInLinkIsNotHandedOverFromAnotherPatientsChart() throws Exception {
        var note = performed(Instant.now().minus(1, ChronoUnit.HOURS));
        var checkIn = jdbc.sql("select id from safety_checkin where procedure_note_id = :n and label = '24h'")
                .param("n", note).query(UUID.class).single();
        var someoneElse = TestPatients.register(jdbc, "Other" + UUID.randomUUID().toString().substring(0, 6), null);

        mvc.perform(post("/patients/{p}/panels/safety/check-ins/{c}/link", someoneElse, checkIn)
                        .with(userDetails("clinician"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
    }
}
