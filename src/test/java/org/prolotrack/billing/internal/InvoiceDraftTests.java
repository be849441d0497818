package org.prolotrack.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.Money;
import org.prolotrack.billing.PriceList;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.procedure.ProcedurePerformed.Injection;

class InvoiceDraftTests {

    private static Money usd(long cents) {
        return new Money(cents, "USD");
    }

    // $180 a session including 4 sites, $15 each further site
    private final PriceList prices = new PriceList(UUID.randomUUID(), UUID.randomUUID(), 1, "USD", usd(18000), usd(1500),
            PriceList.Unit.SITE, 4, usd(15000), null, null, PriceList.Coding.CPT, Instant.now(), "test");

    private final ProcedureInvoicer invoicer = new ProcedureInvoicer(null, null, new BillingCodeBook(org.prolotrack.knowledge.KnowledgeBase.fromClasspath()), null);

    private static Injection inj(String site, String kind, String guidance) {
        return new Injection(site, site, kind, "RIGHT", false, guidance, new BigDecimal("0.5"));
    }

    @Test
    void sevenSitesCost225DollarsItemisedByCodeWithTheCentsAllocatedSoTheyAddUp() {
        var note = new ProcedurePerformed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), prices.clinicId(),
                UUID.randomUUID(), 2, LocalDate.of(2026, 2, 3), Instant.now(), List.of(
                inj("mcl", "LIGAMENT", "ULTRASOUND"), inj("lcl", "LIGAMENT", "ULTRASOUND"),
                inj("ptl", "LIGAMENT", "ULTRASOUND"), inj("mpfl", "LIGAMENT", "LANDMARK"),
                inj("pes", "TENDON_INSERTION", "LANDMARK"),
                inj("quad", "TENDON_INSERTION", "LANDMARK"), inj("patlig", "TENDON_INSERTION", "LANDMARK"),
                inj("pes", "TENDON_INSERTION", "LANDMARK")));

        var draft = invoicer.draft(note, prices);

        // 8 injections into 7 distinct sites (pes anserine twice): $180 + 3 × $15 = $225.00
        assertThat(draft.total()).isEqualTo(usd(22500));
        assertThat(draft.charges()).containsExactly(
                new Invoice.Line("Prolotherapy session (includes 4 injection sites)", 1, usd(18000)),
                new Invoice.Line("Additional injection sites", 3, usd(4500)));
        // 20550 ×4, 20551 ×3, 76942 ×1 (no joint code bundles it). Units 4:3:1 of 22500 cents: 11250, 8437.5,
        // 2812.5 → floors 11250, 8437, 2812 leave 1 cent; the two halves tie, so the earlier line (20551) takes it.
        assertThat(draft.codes()).extracting(Invoice.CodeLine::code, Invoice.CodeLine::units, Invoice.CodeLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("20550", 4, usd(11250)),
                        org.assertj.core.groups.Tuple.tuple("20551", 3, usd(8438)),
                        org.assertj.core.groups.Tuple.tuple("76942", 1, usd(2812)));
    }

    @Test
    void aBilateralInjectionIsChargedAsTwoSites() {
        // 3 sites on one side + one bilateral knee = 5 sites: $180 + 1 × $15 = $195.00; 20550 ×3, 20610 ×2
        var note = new ProcedurePerformed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), prices.clinicId(),
                UUID.randomUUID(), 1, LocalDate.of(2026, 2, 3), Instant.now(), List.of(
                inj("mcl", "LIGAMENT", "LANDMARK"), inj("lcl", "LIGAMENT", "LANDMARK"), inj("ptl", "LIGAMENT", "LANDMARK"),
                new Injection("knee-ia", "Knee", "JOINT_LARGE", "BILATERAL", true, "LANDMARK", new BigDecimal("6"))));
        var draft = invoicer.draft(note, prices);
        assertThat(draft.total()).isEqualTo(usd(19500));
        assertThat(draft.codes()).extracting(Invoice.CodeLine::code, Invoice.CodeLine::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20550", 3), org.assertj.core.groups.Tuple.tuple("20610", 2));
    }
}
