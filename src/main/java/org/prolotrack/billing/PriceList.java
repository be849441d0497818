package org.prolotrack.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A clinic's self-pay prices. A change makes a new version; earlier versions stay for the invoices made with them.
 *
 * @param perUnit       what the per-unit amount counts: distinct injection SITEs, or every INJECTION
 * @param includedUnits units covered by the base price before the per-unit amount applies
 * @param packageSessions/packagePrice an optional price for a whole series of that many sessions
 * @param coding        what the clinic puts on invoices: CPT codes for the injections, or HCPCS M0076 alone
 */
public record PriceList(UUID id, UUID clinicId, int version, String currency, Money sessionBase, Money perUnitAmount,
                        Unit perUnit, int includedUnits, Money evaluation, Integer packageSessions, Money packagePrice,
                        Coding coding, Instant createdAt, String createdBy) {

    public enum Unit { SITE, INJECTION }

    public enum Coding { CPT, M0076 }

    public boolean hasPackage() {
        return packageSessions != null && packagePrice != null;
    }
}
