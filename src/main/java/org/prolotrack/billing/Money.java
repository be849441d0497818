package org.prolotrack.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount in minor units (cents) of one currency. Arithmetic never rounds: splitting an amount hands the
 * remainder out explicitly, so the parts always add up to the whole.
 */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // refuses an unknown ISO 4217 code
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPositive() {
        return minor > 0;
    }

    /**
     * Splits this amount in proportion to the weights (largest remainder): each part gets the floor of its
     * share, then the cents left over go one each to the parts with the largest fractional remainders (the
     * earlier part first on a tie). The parts add up to exactly this amount.
     */
    public List<Money> allocate(List<Long> weights) {
        if (minor < 0) {
            throw new IllegalArgumentException("Only a positive amount or zero can be allocated, not " + this);
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Nothing to allocate " + this + " to");
        }
        long total = 0;
        for (var w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("A weight may not be negative");
            }
            total = Math.addExact(total, w);
        }
        if (total == 0) {
            throw new IllegalArgumentException("The weights add up to zero");
        }
        int n = weights.size();
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long handedOut = 0;
        for (int i = 0; i < n; i++) {
            // multiplyExact throws rather than overflowing silently
            long product = Math.multiplyExact(minor, weights.get(i));
            parts[i] = Math.floorDiv(product, total);
            remainders[i] = Math.floorMod(product, total);
            handedOut += parts[i];
        }
        long left = minor - handedOut;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            left--;
        }
        var out = new ArrayList<Money>(n);
        for (long p : parts) {
            out.add(new Money(p, currency));
        }
        return List.copyOf(out);
    }

    /** Splits into {@code count} parts as equal as possible; the first parts carry the extra cents. */
    public List<Money> split(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("Cannot split into " + count + " parts");
        }
        var weights = new ArrayList<Long>(count);
        for (int i = 0; i < count; i++) {
            weights.add(1L);
        }
        return allocate(weights);
    }

    /** The amount in major units, e.g. 123.45 for 12345 cents of USD. */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** e.g. "USD 1,234.50" */
    public String display() {
        return currency + " " + String.format(java.util.Locale.US, "%,." + Currency.getInstance(currency).getDefaultFractionDigits() + "f", major());
    }

    /** Parses "123.45" (major units) of the currency, refusing more decimals than it has. */
    public static Money parse(String major, String currency) {
        var digits = Currency.getInstance(currency).getDefaultFractionDigits();
        var value = new BigDecimal(major.trim().replace(",", ""));
        if (value.scale() > digits) {
            throw new IllegalArgumentException("At most " + digits + " decimals for " + currency);
        }
        return new Money(value.movePointRight(digits).longValueExact(), currency);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public String toString() {
        return display();
    }
}
