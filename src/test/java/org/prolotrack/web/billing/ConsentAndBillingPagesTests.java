package org.prolotrack.web.billing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.prolotrack.billing.Invoices;
import org.prolotrack.consent.Consents;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("staff")
class ConsentAndBillingPagesTests {

    @Autowired MockMvc mvc;
    @Autowired SeriesFixture fixture;
    @Autowired Consents consents;
    @Autowired Invoices invoices;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor staff() {
        return user(userDetails.loadUserByUsername("staff"));
    }

    @Test
    void theChartPanelPreparesAConsentAndOffersTabletAndLinkSigning() throws Exception {
        var s = fixture.kneeSeries();
        mvc.perform(post("/patients/{id}/consents", s.patientId()).param("planId", s.planId().toString()).with(csrf()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign on this tablet")))
                .andExpect(content().string(containsString("pending")));
    }

    @Test
    void aBlankTabletSignatureIsRefusedNextToTheBoxKeepingTheTypedName() throws Exception {
        var s = fixture.kneeSeries();
        var consent = consents.prepare(s.planId());
        mvc.perform(post("/consents/{id}/sign", consent.id()).with(csrf()).with(staff())
                        .param("signerName", "Maren Typed").param("signerRelationship", "self")
                        .param("signature", SeriesFixture.blankSignature()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The signature box is empty")))
                .andExpect(content().string(containsString("value=\"Maren Typed\"")));
        mvc.perform(post("/consents/{id}/sign", consent.id()).with(csrf()).with(staff())
                        .param("signerName", "Maren Typed").param("signerRelationship", "self")
                        .param("signature", SeriesFixture.drawnSignature()))
                .andExpect(redirectedUrl("/patients/" + s.patientId()));
    }

    @Test
    @WithUserDetails("staff")
    void thePatientSignsAtHomeThroughThePersonalLinkWithoutAnAccount() throws Exception {
        var s = fixture.kneeSeries();
        var token = consents.issueLink(consents.prepare(s.planId()).id());

        mvc.perform(get("/q/s/{t}", token).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not approved by the U.S. Food and Drug Administration")))
                .andExpect(content().string(containsString("I agree and sign")));
        mvc.perform(post("/q/s/{t}", token).with(csrf()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous())
                        .param("signerName", s.patientName()).param("signerRelationship", "self")
                        .param("signature", SeriesFixture.drawnSignature()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signed by")))
                .andExpect(content().string(not(containsString("I agree and sign"))));
    }

    @Test
    void aCardNumberTypedAtTheFrontDeskIsRefusedNextToTheReferenceField() throws Exception {
        var s = fixture.kneeSeries();
        tx.executeWithoutResult(t -> events.publishEvent(SeriesFixture.session(s, 1, LocalDate.of(2026, 4, 6))));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !invoices.forPatient(s.patientId()).isEmpty());
        var invoice = invoices.forPatient(s.patientId()).getFirst();

        mvc.perform(post("/billing/invoices/{id}/payments", invoice.id()).with(csrf()).with(staff())
                        .param("method", "CARD").param("amount", "195.00").param("cardReference", "5555 5555 5555 4444"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This looks like a card number")));
        mvc.perform(get("/billing").with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.patientName())))
                .andExpect(content().string(containsString("Publish a new version")));
        mvc.perform(get("/patients/{id}/panels/billing", s.patientId()).with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString(invoice.number())))
                .andExpect(content().string(containsString("20611")));
    }
}
