package org.prolotrack.billing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A written Good Faith Estimate for a whole series at the clinic's list prices.
 *
 * @param sessionLines   what one session costs, itemised
 * @param perSession     one session's total
 * @param expectedTotal  evaluation (if included) + expected sessions × per session
 * @param packageOffer   the clinic's price for the whole series, when it has one for this many sessions
 */
public record Estimate(UUID id, UUID planId, UUID patientId, UUID clinicId, UUID priceListId, int priceListVersion,
                       List<Line> sessionLines, Money perSession, Money evaluation,
                       int minSessions, int expectedSessions, int maxSessions,
                       Money minTotal, Money expectedTotal, Money maxTotal, PackageOffer packageOffer,
                       String notice, String rangeSource, Instant createdAt) {

    public record Line(String description, int quantity, Money unitPrice, Money amount) { }

    /** A package price, and what each session's share of it is (the shares add up to the package price). */
    public record PackageOffer(int sessions, Money price, List<Money> perSessionShares) { }
}
