package org.prolotrack.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * A consent for one patient and one series, as other modules and the UI see it.
 *
 * @param document       the filled consent text as an XHTML fragment (escaped; safe to insert as is)
 * @param documentSha256 SHA-256 of the signed document (hex), set once it is signed
 */
public record ConsentView(UUID id, UUID patientId, UUID planId, UUID clinicId, String title, int templateVersion,
                          Status status, String document, String signerName, String signerRelationship,
                          SignedVia signedVia, Instant signedAt, String witnessedBy, String documentSha256,
                          Instant withdrawnAt, String withdrawnBy, String withdrawalReason, Instant createdAt,
                          String createdBy) {

    public enum Status { PENDING, SIGNED, WITHDRAWN, SUPERSEDED }

    public enum SignedVia { TABLET, PERSONAL_LINK, PORTAL }

    public boolean signed() {
        return signedAt != null;
    }
}
