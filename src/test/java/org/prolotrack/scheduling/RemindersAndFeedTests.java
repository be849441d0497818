package org.prolotrack.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.notification.Outbox;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.prolotrack.scheduling.internal.AppointmentReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RemindersAndFeedTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Appointments appointments;
    @Autowired AppointmentReminders reminders;
    @Autowired Outbox outbox;
    @Autowired SchedulingFixtures fixtures;
    @Autowired ClinicDirectory clinics;
    @Autowired MockMvc mvc;

    @Test
    void aPatientGetsOneReminderWithACalendarFile48HoursAheadEvenWhenTwoScansRun() throws Exception {
        var c = fixtures.clinic(1);
        var email = "patient-" + UUID.randomUUID() + "@example.org";
        var a = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), email), c.providers().get(0),
                c.procedureRoom(), "PROLOTHERAPY_SESSION", SchedulingFixtures.mondayAhead(2, 10, 0), 45));

        var scanAt = a.start().minus(Duration.ofHours(47));
        int first = reminders.queueDue(scanAt);
        int second = reminders.queueDue(scanAt); // a second instance scanning the same moment
        outbox.sendDue();
        outbox.sendDue();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        var received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        var raw = GreenMailUtil.getWholeMessage(received[0]);
        System.out.println("REMINDER E-MAIL captured by GreenMail:\n" + raw.substring(0, Math.min(raw.length(), 2500)));
        assertThat(received[0].getSubject()).startsWith("Reminder: Prolotherapy session on Monday");
        assertThat(raw).contains("appointment.ics").contains("text/calendar");
        assertThat(GreenMailUtil.getBody(received[0])).contains("BEGIN:VCALENDAR").contains("UID:" + a.id() + "@prolotrack");
    }

    @Test
    void anAppointmentFurtherAheadThan48HoursGetsNoReminderYet() {
        var c = fixtures.clinic(1);
        var a = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), "later@example.org"), c.providers().get(0),
                c.examRoom(), "FOLLOW_UP", SchedulingFixtures.mondayAhead(2, 9, 0), null));
        reminders.queueDue(a.start().minus(Duration.ofHours(72)));
        assertThat(reminders.queueDue(a.start().minus(Duration.ofHours(49)))).isZero();
    }

    private UUID madison() {
        return clinics.clinics().stream().filter(x -> x.code().equals("MAD")).findFirst().orElseThrow().id();
    }

    @Test
    void theApiBooksAndAnswersAClashWith409AndAlternatives() throws Exception {
        var mad = madison();
        var provider = clinics.providers(mad).get(0).id();
        var room = clinics.rooms(mad).stream().filter(r -> r.name().equals("Exam 1")).findFirst().orElseThrow().id();
        var start = SchedulingFixtures.mondayAhead(20 + new Random().nextInt(400), 8, 0).withOffsetSameInstant(
                java.time.ZoneId.of("America/Chicago").getRules().getOffset(SchedulingFixtures.mondayAhead(20, 8, 0).toInstant()));
        var body = """
                {"patientId":"%s","providerId":"%s","roomId":"%s","type":"EVALUATION","start":"%s","durationMinutes":60}""";
        mvc.perform(post("/api/appointments").with(httpBasic("staff", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(fixtures.patient(mad, null), provider, room, start)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("BOOKED"));
        mvc.perform(post("/api/appointments").with(httpBasic("staff", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(fixtures.patient(mad, null), provider, room, start)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Slot already taken"))
                .andExpect(jsonPath("$.alternatives[0].start").exists());
        mvc.perform(get("/api/clinics/" + mad + "/slots").with(httpBasic("staff", "prolotrack-demo"))
                        .param("type", "EVALUATION").param("from", start.toString()).param("to", start.plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].providerId").exists());
    }

    @Test
    void aProvidersCalendarFeedListsTheirAppointmentsWithoutNamingPatients() throws Exception {
        var c = fixtures.clinic(1);
        var a = appointments.book(BookingRequest.manual(fixtures.patient(c.id(), null), c.providers().get(0),
                c.examRoom(), "FOLLOW_UP", SchedulingFixtures.mondayAhead(3, 14, 0), null));
        var ics = mvc.perform(get("/api/providers/" + c.providers().get(0) + "/calendar.ics")
                        .with(httpBasic("admin", "prolotrack-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VEVENT").contains("UID:" + a.id() + "@prolotrack").contains("SUMMARY:Follow-up")
                .doesNotContain("Patient-");
    }

    @Test
    void theCalendarFeedNeedsSignInAndAStartIsNeeded() throws Exception {
        mvc.perform(get("/api/providers/" + UUID.randomUUID() + "/calendar.ics")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/appointments").with(httpBasic("staff", "prolotrack-demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"EVALUATION\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.start").exists());
    }
}
