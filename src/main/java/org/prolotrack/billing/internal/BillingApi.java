package org.prolotrack.billing.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Estimate;
import org.prolotrack.billing.Estimates;
import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.Invoices;
import org.prolotrack.billing.PriceList;
import org.prolotrack.billing.PriceLists;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Self-pay billing over REST: price lists, estimates, invoices, payments, receipts and superbills. */
@RestController
@RequestMapping("/api")
class BillingApi {

    private final PriceLists priceLists;
    private final Estimates estimates;
    private final Invoices invoices;

    BillingApi(PriceLists priceLists, Estimates estimates, Invoices invoices) {
        this.priceLists = priceLists;
        this.estimates = estimates;
        this.invoices = invoices;
    }

    record EstimateRequest(Integer minSessions, Integer maxSessions, Boolean includeEvaluation) { }

    @PostMapping("/plans/{planId}/estimate")
    ResponseEntity<Estimate> estimate(@PathVariable UUID planId, @RequestBody(required = false) EstimateRequest body) {
        var r = body == null ? new EstimateRequest(null, null, null) : body;
        var e = estimates.issue(planId, new Estimates.Request(r.minSessions(), r.maxSessions(),
                r.includeEvaluation() == null || r.includeEvaluation()));
        return ResponseEntity.status(HttpStatus.CREATED).body(e);
    }

    @GetMapping("/plans/{planId}/estimate")
    Estimate latestEstimate(@PathVariable UUID planId) {
        return estimates.latest(planId)
                .orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No estimate was issued for this series yet."));
    }

    @GetMapping("/patients/{patientId}/invoices")
    List<Invoice> invoices(@PathVariable UUID patientId) {
        return invoices.forPatient(patientId);
    }

    @GetMapping("/invoices/{id}")
    Invoice invoice(@PathVariable UUID id) {
        return invoices.find(id).orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No invoice " + id));
    }

    record PaymentRequest(Invoice.Payment.Method method, String amount, String cardReference) { }

    @PostMapping("/invoices/{id}/payments")
    ResponseEntity<Invoice.Payment> pay(@PathVariable UUID id, @RequestBody PaymentRequest body) {
        var payment = invoices.pay(id, new Invoices.NewPayment(body.method(), body.amount(), body.cardReference()));
        return ResponseEntity.status(HttpStatus.CREATED).body(payment);
    }

    record VoidRequest(String reason) { }

    @PostMapping("/invoices/{id}/void")
    Invoice voidInvoice(@PathVariable UUID id, @RequestBody VoidRequest body) {
        return invoices.voidInvoice(id, body.reason());
    }

    @GetMapping(value = "/invoices/{id}/superbill", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> superbill(@PathVariable UUID id) {
        return pdf(invoices.superbillPdf(id), "superbill-" + id + ".pdf");
    }

    @GetMapping(value = "/payments/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        return pdf(invoices.receiptPdf(id), "receipt-" + id + ".pdf");
    }

    @GetMapping("/clinics/{clinicId}/price-list")
    PriceList priceList(@PathVariable UUID clinicId) {
        return priceLists.current(clinicId)
                .orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "The clinic has no price list yet."));
    }

    record PriceListRequest(@NotNull @PositiveOrZero Long sessionBaseMinor, @NotNull @PositiveOrZero Long perUnitMinor,
                            @NotNull PriceList.Unit perUnit, @NotNull @PositiveOrZero Integer includedUnits,
                            @NotNull @PositiveOrZero Long evaluationMinor, Integer packageSessions,
                            Long packagePriceMinor, @NotNull PriceList.Coding coding) { }

    @PutMapping("/clinics/{clinicId}/price-list")
    PriceList publish(@PathVariable UUID clinicId, @Valid @RequestBody PriceListRequest r) {
        return priceLists.publish(clinicId, new PriceLists.NewPriceList(r.sessionBaseMinor(), r.perUnitMinor(),
                r.perUnit(), r.includedUnits(), r.evaluationMinor(), r.packageSessions(), r.packagePriceMinor(), r.coding()));
    }

    @GetMapping("/clinics/{clinicId}/outstanding")
    List<Invoices.Outstanding> outstanding(@PathVariable UUID clinicId) {
        return invoices.outstanding(clinicId);
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"").body(bytes);
    }
}
