package org.prolotrack.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The bill for one session, made from its signed procedure note. {@code charges} are what the patient pays;
 * {@code codes} itemise the same total by procedure code for the superbill (they add up to {@code total}).
 */
public record Invoice(UUID id, String number, UUID clinicId, UUID patientId, UUID planId, UUID noteId,
                      UUID providerId, int sessionNumber, LocalDate serviceDate, Money total, Status status,
                      String voidReason, List<Line> charges, List<CodeLine> codes, List<Payment> payments,
                      Instant createdAt) {

    public enum Status { OPEN, PAID, VOID }

    public record Line(String description, int quantity, Money amount) { }

    public record CodeLine(String system, String code, String description, int units, Money amount) { }

    public record Payment(UUID id, String receiptNumber, Method method, Money amount, String cardReference,
                          Instant receivedAt, String receivedBy) {
        public enum Method { CASH, CARD }
    }

    public Money paid() {
        var sum = Money.zero(total.currency());
        for (var p : payments) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    public Money balance() {
        return status == Status.VOID ? Money.zero(total.currency()) : total.minus(paid());
    }
}
