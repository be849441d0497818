package org.prolotrack.billing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.Invoices;
import org.prolotrack.billing.Money;
import org.prolotrack.patient.PatientRecords;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class InvoiceService implements Invoices {

    private final InvoiceRepository invoices;
    private final PatientRecords patients;
    private final ClinicStaffOnly access;
    private final BillingDocuments documents;

    InvoiceService(InvoiceRepository invoices, PatientRecords patients, ClinicStaffOnly access,
                   BillingDocuments documents) {
        this.invoices = invoices;
        this.patients = patients;
        this.access = access;
        this.documents = documents;
    }

    @Override
    public List<Invoice> forPatient(UUID patientId) {
        access.requireStaffRole();
        patients.requireAccess(patientId, "BILLING_INVOICES_READ");
        return invoices.forPatient(patientId);
    }

    @Override
    public Optional<Invoice> find(UUID invoiceId) {
        access.requireStaffRole();
        var invoice = invoices.find(invoiceId);
        invoice.ifPresent(i -> patients.requireAccess(i.patientId(), "BILLING_INVOICE_READ " + i.number()));
        return invoice;
    }

    @Override
    @Transactional
    public Invoice.Payment pay(UUID invoiceId, NewPayment p) {
        var invoice = existing(invoiceId, "BILLING_PAYMENT");
        var errors = new LinkedHashMap<String, String>();
        Money amount = null;
        if (p.method() == null) {
            errors.put("method", "Choose cash or card.");
        }
        try {
            amount = p.amountMajor() == null || p.amountMajor().isBlank() ? null
                    : Money.parse(p.amountMajor(), invoice.total().currency());
            if (amount == null || !amount.isPositive()) {
                errors.put("amount", "Enter the amount received, more than 0.");
            } else if (amount.minor() > invoice.balance().minor()) {
                errors.put("amount", "More than the balance of " + invoice.balance().display() + ".");
            }
        } catch (NumberFormatException | ArithmeticException e) {
            errors.put("amount", "Enter an amount like 180.00.");
        } catch (IllegalArgumentException e) {
            errors.put("amount", e.getMessage());
        }
        var reference = p.cardReference() == null ? "" : p.cardReference().strip();
        if (CardNumbers.looksLikeACardNumber(reference)) {
            errors.put("cardReference", "This looks like a card number. Never enter card numbers: enter the "
                    + "terminal's authorisation or transaction reference instead.");
        } else if (p.method() == Invoice.Payment.Method.CARD && reference.isEmpty()) {
            errors.put("cardReference", "Enter the terminal's authorisation or transaction reference.");
        } else if (reference.length() > 60) {
            errors.put("cardReference", "At most 60 characters.");
        }
        if (!errors.isEmpty()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.INVALID, "The payment was not recorded.", errors);
        }
        if (invoice.status() != Invoice.Status.OPEN) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "Invoice " + invoice.number() + " is " + invoice.status()
                    + "; it takes no payments.");
        }
        int version = invoices.version(invoiceId);
        var payment = invoices.addPayment(invoiceId, p.method(), amount,
                reference.isEmpty() ? null : reference, access.who());
        if (amount.minor() == invoice.balance().minor()
                && !invoices.setStatus(invoiceId, version, Invoice.Status.PAID, null, access.who())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Invoice " + invoice.number() + " changed");
        }
        return payment;
    }

    @Override
    @Transactional
    public Invoice voidInvoice(UUID invoiceId, String reason) {
        var invoice = existing(invoiceId, "BILLING_INVOICE_VOID");
        if (reason == null || reason.isBlank()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.INVALID, "Say why the invoice is voided.",
                    Map.of("reason", "Say why the invoice is voided."));
        }
        if (invoice.status() != Invoice.Status.OPEN || !invoice.payments().isEmpty()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.CONFLICT, "Only an open invoice without payments can be voided.");
        }
        invoices.setStatus(invoiceId, invoices.version(invoiceId), Invoice.Status.VOID, reason.strip(), access.who());
        return invoices.find(invoiceId).orElseThrow();
    }

    @Override
    public List<Outstanding> outstanding(UUID clinicId) {
        access.require(clinicId);
        Map<UUID, List<Invoice>> byPatient = new LinkedHashMap<>();
        for (var i : invoices.openInClinic(clinicId)) {
            byPatient.computeIfAbsent(i.patientId(), k -> new ArrayList<>()).add(i);
        }
        var out = new ArrayList<Outstanding>();
        byPatient.forEach((patientId, list) -> {
            var chart = patients.get(patientId);
            var balance = Money.zero(list.getFirst().total().currency());
            for (var i : list) {
                balance = balance.plus(i.balance());
            }
            out.add(new Outstanding(patientId, chart.fullName(), chart.mrn(), list.size(), balance));
        });
        out.sort(Comparator.comparingLong((Outstanding o) -> o.balance().minor()).reversed());
        return out;
    }

    @Override
    public byte[] superbillPdf(UUID invoiceId) {
        return documents.superbill(existing(invoiceId, "BILLING_SUPERBILL"));
    }

    @Override
    public byte[] receiptPdf(UUID paymentId) {
        var invoiceId = invoices.invoiceOfPayment(paymentId)
                .orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No payment " + paymentId));
        var invoice = existing(invoiceId, "BILLING_RECEIPT");
        var payment = invoice.payments().stream().filter(p -> p.id().equals(paymentId)).findFirst().orElseThrow();
        return documents.receipt(invoice, payment);
    }

    private Invoice existing(UUID invoiceId, String action) {
        access.requireStaffRole();
        var invoice = invoices.find(invoiceId)
                .orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No invoice " + invoiceId));
        patients.requireAccess(invoice.patientId(), action + " " + invoice.number());
        return invoice;
    }
}
