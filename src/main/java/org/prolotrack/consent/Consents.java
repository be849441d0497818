package org.prolotrack.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Consents to a treatment series. Reads and changes by a signed-in user check access to the patient and are
 * audited; the personal-link methods act for the patient the link was issued to.
 */
public interface Consents {

    /**
     * @param signerName         the name the signer typed
     * @param signerRelationship "self", or e.g. "parent", "legal guardian"
     * @param signaturePng       the drawn signature as a {@code data:image/png;base64,...} URL
     */
    record Signature(String signerName, String signerRelationship, String signaturePng) { }

    /** Fills the clinic's current template for the series; an earlier unsigned consent for it is superseded. */
    ConsentView prepare(UUID planId);

    Optional<ConsentView> find(UUID consentId);

    List<ConsentView> forPatient(UUID patientId);

    /** The consent that currently covers the series (signed, not withdrawn, the latest signed). */
    Optional<ConsentView> current(UUID planId);

    /** Signed in the clinic on a tablet (staff signed in: witnessed by them) or by the patient in the portal. */
    ConsentView sign(UUID consentId, Signature signature);

    /** Issues a personal link for the patient to read and sign at home; returns the token (shown once). */
    String issueLink(UUID consentId);

    Optional<ConsentView> openByLink(String token);

    ConsentView signByLink(String token, Signature signature);

    ConsentView withdraw(UUID consentId, String reason);

    /** The PDF of the consent: the signed document with its hash, or a draft marked unsigned. */
    byte[] pdf(UUID consentId);

    byte[] pdfByLink(String token);
}
