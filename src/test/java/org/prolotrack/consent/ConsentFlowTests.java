package org.prolotrack.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.procedure.NoteSigningGuard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("staff")
class ConsentFlowTests {

    @Autowired Consents consents;
    @Autowired SeriesFixture fixture;
    @Autowired @Qualifier("consentGuards") PlanActivationGuard activationGuard;
    @Autowired @Qualifier("consentGuards") NoteSigningGuard signingGuard;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private ConsentView signedConsent(SeriesFixture.Series s) {
        var prepared = consents.prepare(s.planId());
        return consents.sign(prepared.id(), new Consents.Signature(s.patientName(), "self", SeriesFixture.drawnSignature()));
    }

    @Test
    void aSeriesCannotBeActivatedUntilItsConsentIsSigned() {
        var s = fixture.kneeSeries();
        assertThat(activationGuard.missingFor(s.plan())).hasValueSatisfying(m -> assertThat(m).contains("no signed consent for this series"));

        consents.prepare(s.planId());
        assertThat(activationGuard.missingFor(s.plan())).as("prepared but unsigned").isPresent();

        signedConsent(s);
        assertThat(activationGuard.missingFor(s.plan())).isEmpty();
        assertThat(signingGuard.missingFor(s.patientId(), s.planId())).isEmpty();
    }

    @Test
    void activatingTheSeriesOverTheApiAnswers409NamingTheMissingConsentUntilItIsSigned() throws Exception {
        var s = fixture.kneeSeries();
        mvc.perform(post("/api/plans/{id}/activate", s.planId()).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.missing", hasItem(startsWith("Consent: no signed consent for this series"))));

        signedConsent(s);

        mvc.perform(post("/api/plans/{id}/activate", s.planId()).with(httpBasic("clinician", "prolotrack-demo")))
                .andExpect(jsonPath("$.missing", not(hasItem(startsWith("Consent:")))));
    }

    @Test
    void withdrawingTheConsentBlocksSigningTheNextSessionAndAnotherActivation() {
        var s = fixture.kneeSeries();
        var consent = signedConsent(s);

        var withdrawn = consents.withdraw(consent.id(), "Patient prefers physical therapy for now");

        assertThat(withdrawn.status()).isEqualTo(ConsentView.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnBy()).isEqualTo("staff");
        assertThat(signingGuard.missingFor(s.patientId(), s.planId())).hasValueSatisfying(m ->
                assertThat(m).contains("no signed consent for this series").contains("withdrawn")
                        .contains("Patient prefers physical therapy for now"));
        assertThat(activationGuard.missingFor(s.plan())).isPresent();

        // a new consent, signed after the withdrawal, covers the series again
        signedConsent(s);
        assertThat(signingGuard.missingFor(s.patientId(), s.planId())).isEmpty();
    }

    @Test
    void theFormIsFilledForThePatientTheSeriesAndTheEstimate() {
        var s = fixture.kneeSeries();
        var consent = consents.prepare(s.planId());

        assertThat(consent.document())
                .contains(s.patientName())
                .contains("Medial collateral ligament insertions (knee), right (ultrasound-guided)")
                .contains("Knee joint (intra-articular), right (ultrasound-guided)")
                .contains("What we plan to inject: <strong>dextrose</strong>")
                .contains("<strong>3</strong> sessions")
                .contains("4 to 6 weeks apart")
                .contains("not approved by the U.S. Food and Drug Administration")
                .contains("You may also choose to do nothing")
                // 5 sites at Madison: $180 including 4 sites + 1 × $15 = $195 a session; × 3 = $585; × 6 = $1,170
                .contains("USD 585.00 for 3 sessions (USD 195.00 a session; USD 585.00 to USD 1,170.00 for 3 to 6 sessions)");
    }

    @Test
    void theSignedPdfCarriesTheTextTheSignerAndTheHashOfTheStoredDocument() {
        var s = fixture.kneeSeries();
        var consent = signedConsent(s);

        var text = SeriesFixture.pdfText(consents.pdf(consent.id()));

        var stored = jdbc.sql("select signed_document from consent where id = :id").param("id", consent.id())
                .query(String.class).single();
        var sha256 = java.util.HexFormat.of().formatHex(sha256(stored));
        assertThat(consent.documentSha256()).isEqualTo(sha256);
        assertThat(text).contains("Consent to a series of prolotherapy injections")
                .contains("Lakeside Regenerative Medicine")
                .contains("Signed by " + s.patientName() + " (self)")
                .contains("Witnessed by Jamie Lindqvist")
                .contains("Document SHA-256: " + sha256)
                .contains("Call the clinic right away");
        assertThat(consent.templateVersion()).isPositive();
    }

    @Test
    void aSignedConsentCannotBeSignedAgainOrByABlankSignature() {
        var s = fixture.kneeSeries();
        var prepared = consents.prepare(s.planId());

        assertThatThrownBy(() -> consents.sign(prepared.id(), new Consents.Signature("Maren", "self", SeriesFixture.blankSignature())))
                .isInstanceOfSatisfying(ConsentException.class, e -> assertThat(e.fieldErrors()).containsKey("signature"));
        assertThatThrownBy(() -> consents.sign(prepared.id(), new Consents.Signature(" ", "self", SeriesFixture.drawnSignature())))
                .isInstanceOfSatisfying(ConsentException.class, e -> assertThat(e.fieldErrors()).containsKey("signerName"));

        consents.sign(prepared.id(), new Consents.Signature(s.patientName(), "self", SeriesFixture.drawnSignature()));
        assertThatThrownBy(() -> consents.sign(prepared.id(), new Consents.Signature("Someone Else", "self", SeriesFixture.drawnSignature())))
                .isInstanceOf(ConsentException.class).hasMessageContaining("signed");
    }

    @Test
    void thePatientSignsThroughAPersonalLinkOnlyForTheirOwnConsent() {
        var s = fixture.kneeSeries();
        var prepared = consents.prepare(s.planId());
        var token = consents.issueLink(prepared.id());

        assertThat(consents.openByLink(token)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(prepared.id()));
        assertThat(consents.openByLink(token + "x")).isEmpty();

        var signed = consents.signByLink(token, new Consents.Signature(s.patientName(), "self", SeriesFixture.drawnSignature()));

        assertThat(signed.signedVia()).isEqualTo(ConsentView.SignedVia.PERSONAL_LINK);
        assertThat(signed.witnessedBy()).isNull();
        assertThat(SeriesFixture.pdfText(consents.pdf(signed.id()))).contains("through a personal link");
    }

    @Test
    void aUsedLinkStopsShowingTheDocument() {
        var s = fixture.kneeSeries();
        var prepared = consents.prepare(s.planId());
        var token = consents.issueLink(prepared.id());
        assertThat(consents.pdfByLink(token)).isNotEmpty();

        consents.signByLink(token, new Consents.Signature(s.patientName(), "self", SeriesFixture.drawnSignature()));

        assertThat(consents.openByLink(token)).isEmpty();
        assertThatThrownBy(() -> consents.pdfByLink(token)).isInstanceOf(ConsentException.class)
                .satisfies(e -> assertThat(((ConsentException) e).kind()).isEqualTo(org.prolotrack.problem.Refusal.Kind.NOT_FOUND));
    }

    @Test
    void reissuingAConsentLinkRevokesTheOneSentBefore() {
        var s = fixture.kneeSeries();
        var prepared = consents.prepare(s.planId());
        var first = consents.issueLink(prepared.id());
        var second = consents.issueLink(prepared.id());

        assertThat(consents.openByLink(first)).isEmpty();
        assertThat(consents.openByLink(second)).isPresent();
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
