package org.prolotrack.billing.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.prolotrack.billing.Invoice;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.documents.PdfDocuments;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The superbill (for the patient's insurer) and payment receipts, as PDFs. */
@Component
class BillingDocuments {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final ClinicDirectory clinics;
    private final PatientRecords patients;
    private final TreatmentPlans plans;
    private final BillingCodeBook codeBook;

    BillingDocuments(ITemplateEngine templates, PdfDocuments pdf, ClinicDirectory clinics, PatientRecords patients,
                     TreatmentPlans plans, BillingCodeBook codeBook) {
        this.templates = templates;
        this.pdf = pdf;
        this.clinics = clinics;
        this.patients = patients;
        this.plans = plans;
        this.codeBook = codeBook;
    }

    byte[] superbill(Invoice invoice) {
        var ctx = context(invoice);
        return pdf.render(templates.process("billing/pdf/superbill", ctx));
    }

    byte[] receipt(Invoice invoice, Invoice.Payment payment) {
        var ctx = context(invoice);
        ctx.setVariable("payment", payment);
        var zone = (ZoneId) ctx.getVariable("zone");
        ctx.setVariable("receivedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone)
                .format(payment.receivedAt()));
        return pdf.render(templates.process("billing/pdf/receipt", ctx));
    }

    private Context context(Invoice invoice) {
        var ctx = new Context();
        var clinic = clinics.clinic(invoice.clinicId()).orElseThrow();
        ctx.setVariable("invoice", invoice);
        ctx.setVariable("clinic", clinic);
        ctx.setVariable("zone", clinic.timeZone());
        ctx.setVariable("provider", invoice.providerId() == null ? null : clinics.provider(invoice.providerId()).orElse(null));
        ctx.setVariable("patient", patients.get(invoice.patientId()));
        ctx.setVariable("plan", plans.find(invoice.planId()).orElse(null));
        ctx.setVariable("codeVersion", codeBook.version());
        ctx.setVariable("m0076", codeBook.code("M0076"));
        return ctx;
    }
}
