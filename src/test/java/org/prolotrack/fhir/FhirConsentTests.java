package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;

class FhirConsentTests extends FhirCareRecordTests {

    @Test
    void theSignedSeriesConsentIsFoundByPatientAndReadsAsActiveTreatmentConsent() {
        var c = care();
        var bundle = search("clinician", "/fhir/Consent?patient=Patient/" + c.patient());
        assertThat(bundle.getEntry()).hasSize(1);
        var id = bundle.getEntryFirstRep().getResource().getIdElement().getIdPart();

        var consent = read("clinician", "/fhir/Consent/" + id, Consent.class);
        assertThat(consent.getStatus().toCode()).isEqualTo("active");
        assertThat(consent.getScope().getCodingFirstRep().getCode()).isEqualTo("treatment");
        assertThat(consent.getPatient().getReference()).isEqualTo("Patient/" + c.patient());
        assertThat(consent.getProvision().getType().toCode()).isEqualTo("permit");
        assertThat(consent.getProvision().getDataFirstRep().getReference().getReference())
                .isEqualTo("CarePlan/" + c.plan());
        assertThat(consent.getPerformerFirstRep().getDisplay()).isEqualTo("Test Patient");
        assertThat(xml("clinician", "/fhir/Consent/" + id))
                .contains("<Consent xmlns=\"http://hl7.org/fhir\"").contains("<status value=\"active\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoConsent() {
        var c = care();
        var id = search("clinician", "/fhir/Consent?patient=" + c.patient()).getEntryFirstRep().getResource()
                .getIdElement().getIdPart();
        notFound(c.otherClinician(), "/fhir/Consent/" + id);
        notFound("clinician", "/fhir/Consent/" + UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/Consent?patient=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsConsent() {
        assertThat(listedInTheCapabilityStatement("Consent")).isTrue();
    }
}
