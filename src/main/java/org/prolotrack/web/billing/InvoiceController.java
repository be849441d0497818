package org.prolotrack.web.billing;

import java.util.Map;
import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Estimates;
import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.Invoices;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An invoice with its payments; the chart's billing panel; the series estimate. */
@Controller
class InvoiceController {

    private final Invoices invoices;
    private final Estimates estimates;
    private final PatientRecords patients;
    private final TreatmentPlans plans;

    InvoiceController(Invoices invoices, Estimates estimates, PatientRecords patients, TreatmentPlans plans) {
        this.invoices = invoices;
        this.estimates = estimates;
        this.patients = patients;
        this.plans = plans;
    }

    record PaymentForm(String method, String amount, String cardReference) { }

    @GetMapping("/billing/invoices/{id}")
    String invoice(@PathVariable UUID id, Model model) {
        var invoice = existing(id);
        return render(model, invoice, new PaymentForm("CASH", invoice.balance().major().toPlainString(), ""), Map.of());
    }

    @PostMapping("/billing/invoices/{id}/payments")
    String pay(@PathVariable UUID id, @RequestParam(defaultValue = "") String method,
               @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String cardReference,
               Model model) {
        var invoice = existing(id);
        var form = new PaymentForm(method, amount, cardReference);
        try {
            var m = method.isBlank() ? null : Invoice.Payment.Method.valueOf(method);
            invoices.pay(id, new Invoices.NewPayment(m, amount, cardReference));
        } catch (BillingException e) {
            return render(model, invoice, form, e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors());
        }
        return "redirect:/billing/invoices/" + id;
    }

    @GetMapping("/billing/invoices/{id}/superbill.pdf")
    ResponseEntity<byte[]> superbill(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(invoices.superbillPdf(id));
    }

    @GetMapping("/billing/payments/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(invoices.receiptPdf(id));
    }

    @GetMapping("/patients/{id}/panels/billing")
    String panel(@PathVariable UUID id, Model model) {
        model.addAttribute("patientId", id);
        model.addAttribute("invoices", invoices.forPatient(id));
        model.addAttribute("plans", plans.forPatient(id));
        return "billing/panel :: panel";
    }

    @GetMapping("/billing/plans/{planId}/estimate")
    String estimate(@PathVariable UUID planId, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("estimate", estimates.latest(planId).orElse(null));
        model.addAttribute("plan", plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "billing/estimate";
    }

    @PostMapping("/billing/plans/{planId}/estimate")
    String issueEstimate(@PathVariable UUID planId, @RequestParam(defaultValue = "false") boolean includeEvaluation) {
        estimates.issue(planId, new Estimates.Request(null, null, includeEvaluation));
        return "redirect:/billing/plans/" + planId + "/estimate";
    }

    private String render(Model model, Invoice invoice, PaymentForm form, Map<String, String> errors) {
        model.addAttribute("invoice", invoice);
        model.addAttribute("patient", patients.get(invoice.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "billing/invoice";
    }

    private Invoice existing(UUID id) {
        return invoices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
