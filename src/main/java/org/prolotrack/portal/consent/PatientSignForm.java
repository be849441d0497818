package org.prolotrack.portal.consent;

/** What the patient typed and drew: the typed name, who they are to the patient, the signature as a PNG data URL. */
record PatientSignForm(String signerName, String signerRelationship, String signature) {

    static PatientSignForm empty(String name) {
        return new PatientSignForm(name, "self", "");
    }
}
