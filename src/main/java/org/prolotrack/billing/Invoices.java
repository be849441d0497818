package org.prolotrack.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices, payments, receipts and superbills. Reads and changes check access to the patient and are audited. */
public interface Invoices {

    List<Invoice> forPatient(UUID patientId);

    Optional<Invoice> find(UUID invoiceId);

    /**
     * A payment at the time of service.
     *
     * @param amountMajor   e.g. "180.00"
     * @param cardReference the terminal's authorisation or transaction reference, never a card number
     */
    record NewPayment(Invoice.Payment.Method method, String amountMajor, String cardReference) { }

    Invoice.Payment pay(UUID invoiceId, NewPayment payment);

    Invoice voidInvoice(UUID invoiceId, String reason);

    /** A patient's open balance at a clinic. */
    record Outstanding(UUID patientId, String patientName, String mrn, int openInvoices, Money balance) { }

    /** Open balances of a clinic, largest first. */
    List<Outstanding> outstanding(UUID clinicId);

    byte[] superbillPdf(UUID invoiceId);

    byte[] receiptPdf(UUID paymentId);
}
