package org.prolotrack.fhir.internal;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The code of a prolotherapy session in FHIR: HCPCS M0076, the code billing uses (knowledge/billing/procedure-codes.json). */
final class ProlotherapyCode {

    /** HCPCS Level II, as HL7's terminology names it. */
    static final String HCPCS_URI = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    private ProlotherapyCode() { }

    static CodeableConcept concept() {
        return new CodeableConcept(new Coding(HCPCS_URI, "M0076", "Prolotherapy")).setText("Prolotherapy");
    }
}
