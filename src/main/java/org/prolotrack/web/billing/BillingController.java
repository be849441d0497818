package org.prolotrack.web.billing;

import java.util.Map;
import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Invoices;
import org.prolotrack.billing.PriceLists;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The front desk's billing page: the clinic's price list and its open balances. */
@Controller
class BillingController {

    private final PriceLists priceLists;
    private final Invoices invoices;
    private final ClinicDirectory clinics;
    private final CurrentUsers users;

    BillingController(PriceLists priceLists, Invoices invoices, ClinicDirectory clinics, CurrentUsers users) {
        this.priceLists = priceLists;
        this.invoices = invoices;
        this.clinics = clinics;
        this.users = users;
    }

    @GetMapping("/billing")
    String index(@RequestParam(required = false) UUID clinic, Model model) {
        var clinicId = clinicOf(clinic);
        return render(model, clinicId, PriceListForm.of(priceLists.current(clinicId).orElse(null)), Map.of(), false);
    }

    @PostMapping("/billing/price-list")
    String publish(@RequestParam UUID clinic, @ModelAttribute PriceListForm form, Model model) {
        var clinicId = clinicOf(clinic);
        var currency = clinics.clinic(clinicId).orElseThrow().currency();
        var errors = PriceListForm.newErrors();
        var prices = form.toPrices(currency, errors);
        if (prices == null) {
            return render(model, clinicId, form, errors, false);
        }
        try {
            priceLists.publish(clinicId, prices);
        } catch (BillingException e) {
            return render(model, clinicId, form, e.fieldErrors().isEmpty() ? Map.of("form", e.detail()) : e.fieldErrors(), false);
        }
        return render(model, clinicId, form, Map.of(), true);
    }

    private String render(Model model, UUID clinicId, PriceListForm form, Map<String, String> errors, boolean saved) {
        model.addAttribute("clinic", clinics.clinic(clinicId).orElseThrow());
        model.addAttribute("clinics", users.currentOrSystem().is(Role.ADMIN) ? clinics.clinics() : java.util.List.of());
        model.addAttribute("current", priceLists.current(clinicId).orElse(null));
        model.addAttribute("history", priceLists.history(clinicId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("outstanding", invoices.outstanding(clinicId));
        return "billing/index";
    }

    private UUID clinicOf(UUID requested) {
        var u = users.currentOrSystem();
        if (u.is(Role.ADMIN)) {
            return requested != null ? requested : clinics.clinics().getFirst().id();
        }
        if ((u.is(Role.CLINICIAN) || u.is(Role.STAFF)) && u.clinicId() != null) {
            return u.clinicId();
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Billing is for clinic staff.");
    }
}
