package org.prolotrack.web.billing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.prolotrack.billing.Money;
import org.prolotrack.billing.PriceList;
import org.prolotrack.billing.PriceLists;

/** The price-list form, in major units as staff type them ("180.00"). */
record PriceListForm(String sessionBase, String perUnit, String perUnitKind, String includedUnits, String evaluation,
                     String packageSessions, String packagePrice, String coding) {

    static PriceListForm of(PriceList p) {
        if (p == null) {
            return new PriceListForm("", "", "SITE", "0", "", "", "", "CPT");
        }
        return new PriceListForm(p.sessionBase().major().toPlainString(), p.perUnitAmount().major().toPlainString(),
                p.perUnit().name(), String.valueOf(p.includedUnits()), p.evaluation().major().toPlainString(),
                p.packageSessions() == null ? "" : String.valueOf(p.packageSessions()),
                p.packagePrice() == null ? "" : p.packagePrice().major().toPlainString(), p.coding().name());
    }

    /** The new prices, or the errors per field (left in {@code errors}). */
    PriceLists.NewPriceList toPrices(String currency, Map<String, String> errors) {
        var base = money("sessionBase", sessionBase, currency, errors, true);
        var unit = money("perUnit", perUnit, currency, errors, true);
        var eval = money("evaluation", evaluation, currency, errors, true);
        var pkgPrice = money("packagePrice", packagePrice, currency, errors, false);
        var included = number("includedUnits", includedUnits, errors, true);
        var pkgSessions = number("packageSessions", packageSessions, errors, false);
        if (!errors.isEmpty()) {
            return null;
        }
        return new PriceLists.NewPriceList(base.minor(), unit.minor(), PriceList.Unit.valueOf(perUnitKind), included,
                eval.minor(), pkgSessions, pkgPrice == null ? null : pkgPrice.minor(), PriceList.Coding.valueOf(coding));
    }

    private static Money money(String field, String value, String currency, Map<String, String> errors, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "Enter an amount, e.g. 180.00.");
            }
            return null;
        }
        try {
            var m = Money.parse(value, currency);
            if (m.minor() < 0) {
                errors.put(field, "Cannot be negative.");
            }
            return m;
        } catch (RuntimeException e) {
            errors.put(field, "Enter an amount like 180.00.");
            return null;
        }
    }

    private static Integer number(String field, String value, Map<String, String> errors, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "Enter a number.");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                errors.put(field, "Cannot be negative.");
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number.");
            return null;
        }
    }

    static Map<String, String> newErrors() {
        return new LinkedHashMap<>();
    }
}
