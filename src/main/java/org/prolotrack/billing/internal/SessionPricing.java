package org.prolotrack.billing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.prolotrack.billing.Money;
import org.prolotrack.billing.PriceList;

/** What one session costs at list prices: the base price, plus the per-site (or per-injection) amount. */
final class SessionPricing {

    record Charge(String description, int quantity, Money unitPrice, Money amount) { }

    private SessionPricing() {
    }

    static List<Charge> charges(PriceList prices, List<InjectedSite> entered) {
        var injections = InjectedSite.perSide(entered);
        var lines = new ArrayList<Charge>();
        lines.add(new Charge("Prolotherapy session (includes " + prices.includedUnits() + " "
                + unitName(prices, prices.includedUnits()) + ")", 1, prices.sessionBase(), prices.sessionBase()));
        int units = prices.perUnit() == PriceList.Unit.SITE
                ? new HashSet<>(injections.stream().map(InjectedSite::structureKey).toList()).size()
                : injections.size();
        int extra = Math.max(0, units - prices.includedUnits());
        if (extra > 0 && prices.perUnitAmount().isPositive()) {
            lines.add(new Charge("Additional " + unitName(prices, extra), extra, prices.perUnitAmount(),
                    prices.perUnitAmount().times(extra)));
        }
        return List.copyOf(lines);
    }

    static Money total(List<Charge> charges, String currency) {
        var sum = Money.zero(currency);
        for (var c : charges) {
            sum = sum.plus(c.amount());
        }
        return sum;
    }

    private static String unitName(PriceList prices, int n) {
        var word = prices.perUnit() == PriceList.Unit.SITE ? "injection site" : "injection";
        return n == 1 ? word : word + "s";
    }
}
