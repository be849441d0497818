package org.prolotrack.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class OutboxTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;

    private static OutgoingMail mail(String key, String to) {
        return new OutgoingMail(key, to, "Your appointment", "See you on Tuesday.",
                null, List.of(new OutgoingMail.Attachment("visit.ics", "text/calendar",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))), null, null);
    }

    @Test
    void theSameDedupKeyIsQueuedAndSentOnlyOnce() throws Exception {
        var key = "test:" + UUID.randomUUID();
        var to = "patient-" + UUID.randomUUID() + "@example.org";
        var first = outbox.enqueue(mail(key, to));
        var second = outbox.enqueue(mail(key, to));

        outbox.sendDue();
        outbox.sendDue();

        assertThat(second).isEqualTo(first);
        var received = smtp.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getBody(received[0])).contains("visit.ics");
    }

    @Test
    void aFailedSendStaysQueuedWithItsErrorVisibleToStaff() {
        var clinic = jdbc.sql("select id from clinic order by code limit 1").query(UUID.class).single();
        var key = "test:" + UUID.randomUUID();
        var id = outbox.enqueue(new OutgoingMail(key, "someone@example.org", "Alert", "Body", null, null, null, clinic));
        smtp.stop();

        outbox.sendDue();

        var problem = outbox.problems(clinic).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        assertThat(problem.state()).isEqualTo(Outbox.State.PENDING);
        assertThat(problem.attempts()).isEqualTo(1);
        assertThat(problem.lastError()).isNotBlank();
    }
}
