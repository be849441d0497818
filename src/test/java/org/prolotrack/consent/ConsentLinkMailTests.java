package org.prolotrack.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prolotrack.notification.Outbox;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("staff")
class ConsentLinkMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Consents consents;
    @Autowired SeriesFixture fixture;
    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;

    @Test
    void thePatientIsMailedTheirPersonalSigningLinkOnceForTheConsent() throws Exception {
        var s = fixture.kneeSeries();
        var address = "maren-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("update patient set email = :e where id = :id").param("e", address).param("id", s.patientId()).update();
        var consent = consents.prepare(s.planId());

        var token = consents.issueLink(consent.id());
        outbox.sendDue();

        var mails = smtp.getReceivedMessagesForDomain(address);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Your consent form from Lakeside Regenerative Medicine");
        var body = GreenMailUtil.getBody(mails[0]);
        var link = Pattern.compile("/q/s/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(link.group(1)).isEqualTo(token);
        assertThat(consents.openByLink(link.group(1))).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(consent.id()));

        consents.issueLink(consent.id());
        outbox.sendDue();
        assertThat(smtp.getReceivedMessagesForDomain(address)).as("one mail per consent").hasSize(1);
    }

    @Test
    void aPatientWithoutAnEmailAddressStillGetsALinkStaffCanHandOver() {
        var s = fixture.kneeSeries();
        jdbc.sql("update patient set email = null where id = :id").param("id", s.patientId()).update();
        var consent = consents.prepare(s.planId());

        var token = consents.issueLink(consent.id());

        assertThat(token).isNotBlank();
        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key = :k")
                .param("k", "consent-link:" + consent.id()).query(Integer.class).single()).isZero();
    }
}
