package org.prolotrack.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.prolotrack.interim.SeriesFixture;
import org.prolotrack.plan.PlanActivationGuard;
import org.prolotrack.procedure.NoteSigningGuard;
import org.springframework.beans.factory.annotation.Autowired;
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
    @Autowired PlanActivationGuard activationGuard;
    @Autowired NoteSigningGuard signingGuard;
    @Autowired JdbcClient jdbc;

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
                .contains("Medial collateral ligament, right (ultrasound-guided)")
                .contains("dextrose 25% (intra-articular)")
                .contains("<strong>3</strong> sessions")
                .contains("4 to 6 weeks apart")
                .contains("not approved by the U.S. Food and Drug Administration")
                .contains("You may also choose to do nothing")
                // 6 sites at Madison: $180 including 4 sites + 2 × $15 = $210 a session; × 3 = $630; × 6 = $1,260
                .contains("USD 630.00 for 3 sessions (USD 210.00 a session; USD 630.00 to USD 1,260.00 for 3 to 6 sessions)");
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
        assertThat(SeriesFixture.pdfText(consents.pdfByLink(token))).contains("through a personal link");
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
