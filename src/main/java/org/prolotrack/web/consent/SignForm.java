package org.prolotrack.web.consent;

/** What the signer typed and drew: the typed name, who they are to the patient, the signature as a PNG data URL. */
public record SignForm(String signerName, String signerRelationship, String signature) {

    public static SignForm empty(String name) {
        return new SignForm(name, "self", "");
    }
}
