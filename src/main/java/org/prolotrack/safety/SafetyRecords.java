package org.prolotrack.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Side effects, adverse events and check-ins of a patient (access-checked and audited). */
public interface SafetyRecords {

    record CatalogueEntry(String code, String name, String note, String source, String certainty) { }

    List<CatalogueEntry> catalogue();

    AdverseEvent record(AdverseEvent.New event);

    AdverseEvent resolve(UUID adverseEventId, LocalDate resolvedOn);

    /** Voids an entry made in error (kept, with who, when and why). */
    void voidEvent(UUID adverseEventId, String reason);

    List<AdverseEvent> adverseEvents(UUID patientId);

    /** One adverse event by id (voided ones are absent); checks access to its patient. */
    java.util.Optional<AdverseEvent> adverseEvent(UUID adverseEventId);

    List<CheckIn> checkIns(UUID patientId);

    /**
     * A personal link to a check-in for staff to hand over (printed, or read out to a patient without e-mail); the
     * token is returned once. Refused for a check-in already received.
     */
    String issueCheckInLink(UUID patientId, UUID checkInId);
}
