package org.prolotrack.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A procedure note was signed: the session took place. Billing invoices it, the plan counts it, outcomes
 * and safety schedule what follows.
 */
public record ProcedurePerformed(UUID noteId, UUID planId, UUID patientId, UUID clinicId, UUID providerId,
                                 int sessionNumber, LocalDate performedOn, Instant signedAt,
                                 List<Injection> injections) {

    /**
     * One injection as performed.
     *
     * @param structureKind as in {@code TreatmentPlanView.PlannedTarget#structureKind()}
     * @param guidance      ULTRASOUND, FLUOROSCOPY or LANDMARK
     */
    public record Injection(String siteId, String siteName, String structureKind, String laterality,
                            boolean intraArticular, String guidance, BigDecimal volumeMl) { }
}
