package org.prolotrack.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.prolotrack.procedure.ProcedurePerformed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("staff")
class BillingFlowTests {

    @Autowired Invoices invoices;
    @Autowired SeriesFixture fixture;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private static Money usd(long cents) {
        return new Money(cents, "USD");
    }

    private void signed(ProcedurePerformed note) {
        tx.executeWithoutResult(s -> events.publishEvent(note));
    }

    private List<Invoice> awaitInvoices(UUID patientId, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("select count(*) from invoice where patient_id = :p").param("p", patientId).query(Long.class).single() >= count);
        return invoices.forPatient(patientId);
    }

    @Test
    void aSignedKneeSessionIsInvoicedWithItsCptCodesAndTotal() {
        var s = fixture.kneeSeries();
        signed(SeriesFixture.session(s, 1, LocalDate.of(2026, 3, 2)));

        var invoice = awaitInvoices(s.patientId(), 1).getFirst();

        // Madison: $180 including 4 sites; 5 sites → + 1 × $15 = $195.00
        assertThat(invoice.total()).isEqualTo(usd(19500));
        assertThat(invoice.charges()).extracting(Invoice.Line::quantity, Invoice.Line::amount)
                .containsExactly(tuple(1, usd(18000)), tuple(1, usd(1500)));
        // MCL + LCL insertions → 20550 ×2; pes anserinus + patellar tendon insertions → 20551 ×2; knee joint under
        // ultrasound → 20611, which includes the guidance, so no 76942. $195 split 2:2:1 → $78, $78, $39.
        assertThat(invoice.codes()).extracting(Invoice.CodeLine::code, Invoice.CodeLine::units, Invoice.CodeLine::amount)
                .containsExactly(tuple("20550", 2, usd(7800)), tuple("20551", 2, usd(7800)), tuple("20611", 1, usd(3900)));
        assertThat(invoice.status()).isEqualTo(Invoice.Status.OPEN);
        assertThat(invoice.serviceDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aNoteDeliveredTwiceIsInvoicedOnce() {
        var s = fixture.kneeSeries();
        var note = SeriesFixture.session(s, 1, LocalDate.of(2026, 3, 2));
        signed(note);
        awaitInvoices(s.patientId(), 1);
        signed(note);
        signed(SeriesFixture.session(s, 2, LocalDate.of(2026, 3, 30)));

        awaitInvoices(s.patientId(), 2);
        assertThat(jdbc.sql("select count(*) from invoice where note_id = :n").param("n", note.noteId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theEstimateEqualsTheInvoicesOfAThreeSessionSeriesAtListPrices() throws Exception {
        var s = fixture.kneeSeries();
        mvc.perform(post("/api/plans/{id}/estimate", s.planId()).with(httpBasic("staff", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"includeEvaluation\": false}"))
                .andExpect(status().isCreated())
                // $195 a session × 3 expected = $585; range 3..6 sessions = $585..$1,170
                .andExpect(jsonPath("$.perSession.minor").value(19500))
                .andExpect(jsonPath("$.expectedSessions").value(3))
                .andExpect(jsonPath("$.expectedTotal.minor").value(58500))
                .andExpect(jsonPath("$.minSessions").value(3))
                .andExpect(jsonPath("$.maxSessions").value(6))
                .andExpect(jsonPath("$.maxTotal.minor").value(117000))
                // the $500 package over 3 sessions: 16667 + 16667 + 16666 cents
                .andExpect(jsonPath("$.packageOffer.perSessionShares[0].minor").value(16667))
                .andExpect(jsonPath("$.packageOffer.perSessionShares[2].minor").value(16666));

        for (int n = 1; n <= 3; n++) {
            signed(SeriesFixture.session(s, n, LocalDate.of(2026, 3, 2).plusWeeks(4L * (n - 1))));
        }
        var series = awaitInvoices(s.patientId(), 3);

        assertThat(series.stream().mapToLong(i -> i.total().minor()).sum()).isEqualTo(58500);
        mvc.perform(get("/api/patients/{id}/invoices", s.patientId()).with(httpBasic("staff", "prolotrack-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void aCardNumberIsRefusedAsAPaymentReferenceAndNothingIsRecorded() throws Exception {
        var s = fixture.kneeSeries();
        signed(SeriesFixture.session(s, 1, LocalDate.of(2026, 3, 2)));
        var invoice = awaitInvoices(s.patientId(), 1).getFirst();

        mvc.perform(post("/api/invoices/{id}/payments", invoice.id()).with(httpBasic("staff", "prolotrack-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"CARD\",\"amount\":\"195.00\",\"cardReference\":\"4111 1111 1111 1111\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.cardReference").value(org.hamcrest.Matchers.containsString("card number")));
        assertThat(invoices.find(invoice.id()).orElseThrow().payments()).isEmpty();
    }

    @Test
    void paymentsSettleTheInvoiceAndTheSuperbillAndReceiptRender() {
        var s = fixture.kneeSeries();
        signed(SeriesFixture.session(s, 1, LocalDate.of(2026, 3, 2)));
        var invoice = awaitInvoices(s.patientId(), 1).getFirst();

        invoices.pay(invoice.id(), new Invoices.NewPayment(Invoice.Payment.Method.CASH, "60.00", null));
        var card = invoices.pay(invoice.id(), new Invoices.NewPayment(Invoice.Payment.Method.CARD, "135.00", "AUTH 0A91F3"));

        var paid = invoices.find(invoice.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(Invoice.Status.PAID);
        assertThat(paid.balance()).isEqualTo(usd(0));

        var superbill = SeriesFixture.pdfText(invoices.superbillPdf(invoice.id()));
        assertThat(superbill).contains("Superbill").contains(s.patientName())
                .contains("M17.11").contains("Osteoarthritis of knee")
                .contains("Adaeze Okafor, MD").contains("Licence 42817-20 (WI)")
                .contains("20550").contains("20551").contains("20611").doesNotContain("76942")
                .contains("78.00").contains("39.00").contains("Total charges USD 195.00")
                .contains("Balance USD 0.00");
        var receipt = SeriesFixture.pdfText(invoices.receiptPdf(card.id()));
        assertThat(receipt).contains(card.receiptNumber()).contains("card, reference AUTH 0A91F3").contains("USD 135.00");
    }

    @Test
    void aResearcherSeesNoInvoices() throws Exception {
        var s = fixture.kneeSeries();
        mvc.perform(get("/api/patients/{id}/invoices", s.patientId()).with(httpBasic("researcher", "prolotrack-demo")))
                .andExpect(status().isForbidden());
    }
}
