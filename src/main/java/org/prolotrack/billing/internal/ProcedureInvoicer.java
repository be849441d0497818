package org.prolotrack.billing.internal;

import java.util.List;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.PriceList;
import org.prolotrack.procedure.ProcedurePerformed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Bills each signed procedure note once: the session at the clinic's current list prices, itemised by
 * procedure code. A note that was already invoiced (a redelivered event) is left alone.
 */
@Component
class ProcedureInvoicer {

    private static final Logger log = LoggerFactory.getLogger(ProcedureInvoicer.class);

    private final InvoiceRepository invoices;
    private final JdbcPriceLists priceLists;
    private final ProcedureCoding coding;
    private final AuditTrail audit;

    ProcedureInvoicer(InvoiceRepository invoices, JdbcPriceLists priceLists, BillingCodeBook codeBook, AuditTrail audit) {
        this.invoices = invoices;
        this.priceLists = priceLists;
        this.coding = new ProcedureCoding(codeBook);
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ProcedurePerformed note) {
        invoice(note);
    }

    /** @return the invoice number, or null when the note was already invoiced or cannot be priced */
    String invoice(ProcedurePerformed note) {
        if (invoices.existsForNote(note.noteId())) {
            return null;
        }
        var prices = priceLists.currentUnchecked(note.clinicId()).orElse(null);
        if (prices == null) {
            log.warn("Clinic {} has no price list: procedure note {} was not invoiced", note.clinicId(), note.noteId());
            audit.record("INVOICE_NOT_CREATED", note.patientId(), "No price list; note " + note.noteId());
            return null;
        }
        var draft = draft(note, prices);
        // a concurrent delivery of the same event is refused by the unique note_id and rolls back
        var number = invoices.insert(draft, "system");
        audit.record("INVOICE_CREATED", note.patientId(), number + " for note " + note.noteId()
                + " total " + draft.total().display());
        return number;
    }

    InvoiceRepository.NewInvoice draft(ProcedurePerformed note, PriceList prices) {
        var sites = note.injections().stream().map(i -> new InjectedSite(i.siteId(), i.siteName(), i.structureKind(),
                i.laterality(), i.guidance())).toList();
        var charges = SessionPricing.charges(prices, sites);
        var total = SessionPricing.total(charges, prices.currency());
        var coded = coding.code(sites, prices.coding());
        var shares = total.allocate(coded.stream().map(c -> (long) c.units()).toList());
        var codeLines = new java.util.ArrayList<Invoice.CodeLine>();
        for (int i = 0; i < coded.size(); i++) {
            var c = coded.get(i);
            codeLines.add(new Invoice.CodeLine(c.system(), c.code(), c.display(), c.units(), shares.get(i)));
        }
        List<Invoice.Line> chargeLines = charges.stream()
                .map(c -> new Invoice.Line(c.description(), c.quantity(), c.amount())).toList();
        return new InvoiceRepository.NewInvoice(UUID.randomUUID(), note.clinicId(), note.patientId(), note.planId(),
                note.noteId(), note.providerId(), prices.id(), note.sessionNumber(), note.performedOn(), total,
                chargeLines, List.copyOf(codeLines));
    }
}
